package org.patientleaflets.config;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The settings of a leaflet site, read from {@code content/site.yaml}.
 *
 * @param names the hospital or department name, by language
 * @param baseUrl the address the site is published at, ending with {@code /}
 * @param languages the language codes, the source language first
 * @param phoneRegion the ISO 3166 region for phone numbers written without a country code
 * @param requiredSections the sections every text must have
 * @param locales the BCP 47 tag of each language in documents, where it differs from the default
 * @param pageSize the paper size of printed leaflets
 * @param logo the image printed beside the hospital name on leaflets, or {@code null}
 * @param readability the lowest readability score each language's texts may have without a warning
 * @param abbreviations abbreviations every reader knows, which texts may use without writing them out
 * @param allowHtml whether texts may hold HTML, which then passes an allow-list sanitizer instead of being refused
 * @param requireApproval whether a text without {@code approved-by} and {@code approved-on} stops every build,
 *     not only its publication
 * @param consentForm whether printed leaflets end with a consent acknowledgement for the patient to sign,
 *     unless a text's {@code consent-form} says otherwise
 * @param proofread whether every build checks the spelling and grammar of the texts
 * @param proofreadIgnore the LanguageTool rule ids that proofreading leaves out on the whole site
 */
public record SiteSettings(
        Map<String, String> names,
        URI baseUrl,
        List<String> languages,
        String phoneRegion,
        List<RequiredSection> requiredSections,
        Map<String, String> locales,
        PageSize pageSize,
        java.nio.file.Path logo,
        Map<String, Double> readability,
        Set<String> abbreviations,
        boolean allowHtml,
        boolean requireApproval,
        boolean consentForm,
        boolean proofread,
        Set<String> proofreadIgnore) {

    /** The paper sizes leaflets print on. */
    public enum PageSize {
        A4("A4"),
        LETTER("letter");

        private final String css;

        PageSize(String css) {
            this.css = css;
        }

        /** The size as CSS {@code @page} names it. */
        public String css() {
            return css;
        }
    }

    private static final Map<String, String> DEFAULT_LOCALES = Map.of("fr", "fr-FR", "en", "en-GB");

    public SiteSettings {
        names = Map.copyOf(names);
        locales = Map.copyOf(locales);
        languages = List.copyOf(languages);
        requiredSections = List.copyOf(requiredSections);
        readability = Map.copyOf(readability);
        abbreviations = Set.copyOf(abbreviations);
        proofreadIgnore = Set.copyOf(proofreadIgnore);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a site needs at least one language");
        }
    }

    /** The language the texts are written in first; the others translate it. */
    public String sourceLanguage() {
        return languages.get(0);
    }

    public List<String> translationLanguages() {
        return languages.subList(1, languages.size());
    }

    /** The language as a document states it, such as {@code fr-FR}: configured, or the usual region. */
    public String locale(String language) {
        return locales.getOrDefault(language, DEFAULT_LOCALES.getOrDefault(language, language));
    }

    public String name(String language) {
        return names.getOrDefault(language, names.getOrDefault(sourceLanguage(), ""));
    }
}
