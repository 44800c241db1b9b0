package org.patientleaflets.content;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.patientleaflets.config.Profile;
import org.patientleaflets.config.RequiredSection;
import org.patientleaflets.config.SiteSettings;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.Severity;
import org.patientleaflets.model.SourcePosition;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;

/** Reads {@code content/site.yaml}, reporting each missing or malformed setting at its line. */
final class SiteSettingsReader {

    static final String RULE = "site-settings";
    static final String FILE_NAME = "site.yaml";

    private static final Set<String> KEYS = Set.of(
            "name",
            "baseUrl",
            "languages",
            "phoneRegion",
            "requiredSections",
            "locales",
            "pageSize",
            "logo",
            "readability",
            "abbreviations",
            "allowHtml",
            "profile",
            "sectionSeverity",
            "requireApproval",
            "consentForm",
            "proofread",
            "proofreadIgnore");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}-[A-Z]{2}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    /** LanguageTool names its rules in capitals, digits and underscores, such as {@code FR_SPELLING_RULE}. */
    private static final Pattern PROOFREADING_RULE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** Used when {@code site.yaml} names no required sections: the two the product never publishes without. */
    static final List<RequiredSection> DEFAULT_REQUIRED_SECTIONS = List.of(
            new RequiredSection(
                    "risks",
                    Map.of(
                            "fr", List.of("Quels sont les risques ?", "Risques"),
                            "en", List.of("What are the risks?", "Risks")),
                    Severity.ERROR,
                    RequiredSection.SITE_SETTINGS),
            new RequiredSection(
                    "contact",
                    Map.of(
                            "fr", List.of("Qui contacter ?", "Contact"),
                            "en", List.of("Who can I contact?", "Contact")),
                    Severity.ERROR,
                    RequiredSection.SITE_SETTINGS));

    /**
     * Used for languages {@code site.yaml} sets no readability level for: below 50, both scales call a text
     * difficult, fit for readers with higher education rather than for every patient.
     */
    static final Map<String, Double> DEFAULT_READABILITY = Map.of("fr", 50.0, "en", 50.0);

    private final TextFileReader files;
    private final Path projectDirectory;

    SiteSettingsReader(TextFileReader files, Path projectDirectory) {
        this.files = files;
        this.projectDirectory = projectDirectory;
    }

    Optional<SiteSettings> read(Path contentDirectory, List<Diagnostic> diagnostics) {
        Path file = contentDirectory.resolve(FILE_NAME);
        Path shown = projectDirectory.relativize(file);
        if (!Files.isRegularFile(file)) {
            diagnostics.add(Diagnostic.error(
                    SourcePosition.startOf(shown),
                    RULE,
                    "missing site settings: create " + shown.toString().replace('\\', '/')
                            + " with at least name, baseUrl and languages"));
            return Optional.empty();
        }
        YamlTree yaml = new YamlTree(shown, 1);
        int before = diagnostics.size();
        Optional<MappingNode> root = files.read(file, diagnostics)
                .flatMap(text -> yaml.parse(text, diagnostics))
                .flatMap(YamlTree::mapping);
        if (root.isEmpty()) {
            if (diagnostics.size() == before) {
                diagnostics.add(Diagnostic.error(
                        SourcePosition.startOf(shown), RULE, "site settings must be a mapping of keys to values"));
            }
            return Optional.empty();
        }
        return new Settings(yaml, shown, contentDirectory, diagnostics).read(root.get());
    }

    /** One reading of one file. */
    private record Settings(YamlTree yaml, Path file, Path contentDirectory, List<Diagnostic> diagnostics) {

        Optional<SiteSettings> read(MappingNode root) {
            long before = errorCount();
            Map<String, NodeTuple> entries = yaml.entries(root, diagnostics);
            entries.forEach((key, tuple) -> {
                if (!KEYS.contains(key)) {
                    diagnostics.add(Diagnostic.warning(
                            yaml.position(tuple.getKeyNode()),
                            RULE,
                            "unknown setting '" + key + "' is ignored; known settings: "
                                    + String.join(", ", sorted())));
                }
            });
            List<String> languages = languages(entries.get("languages"));
            Map<String, String> names = names(entries.get("name"), languages);
            URI baseUrl = baseUrl(entries.get("baseUrl"));
            String region = phoneRegion(entries.get("phoneRegion"));
            List<RequiredSection> own = entries.containsKey("requiredSections")
                    ? requiredSections(entries.get("requiredSections"), languages)
                    : DEFAULT_REQUIRED_SECTIONS;
            List<RequiredSection> sections = severities(
                    entries.get("sectionSeverity"),
                    profile(entries.get("profile")).map(p -> p.with(own)).orElse(own));
            Map<String, String> locales = locales(entries.get("locales"));
            SiteSettings.PageSize pageSize = pageSize(entries.get("pageSize"));
            Path logo = logo(entries.get("logo"));
            Map<String, Double> readability = readability(entries.get("readability"));
            Set<String> abbreviations = abbreviations(entries.get("abbreviations"));
            boolean allowHtml = flag(entries, "allowHtml");
            boolean requireApproval = flag(entries, "requireApproval");
            boolean consentForm = flag(entries, "consentForm");
            boolean proofread = flag(entries, "proofread");
            Set<String> proofreadIgnore = proofreadIgnore(entries.get("proofreadIgnore"));
            if (errorCount() > before || languages.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SiteSettings(
                    names,
                    baseUrl,
                    languages,
                    region,
                    sections,
                    locales,
                    pageSize,
                    logo,
                    readability,
                    abbreviations,
                    allowHtml,
                    requireApproval,
                    consentForm,
                    proofread,
                    proofreadIgnore));
        }

        private static List<String> sorted() {
            return KEYS.stream().sorted().toList();
        }

        private long errorCount() {
            return diagnostics.stream()
                    .filter(d -> d.severity() == Severity.ERROR)
                    .count();
        }

        private void error(Node node, String message) {
            diagnostics.add(Diagnostic.error(yaml.position(node), RULE, message));
        }

        private void missing(String key, String example) {
            diagnostics.add(Diagnostic.error(
                    SourcePosition.startOf(file), RULE, "missing setting '" + key + "': add for example " + example));
        }

        private List<String> languages(NodeTuple entry) {
            if (entry == null) {
                missing("languages", "'languages: [fr, en]' (the source language first)");
                return List.of();
            }
            Node value = entry.getValueNode();
            Optional<List<Node>> items = YamlTree.sequence(value);
            if (items.isEmpty() || items.get().isEmpty()) {
                error(value, "'languages' must be a list of language codes, the source language first: [fr, en]");
                return List.of();
            }
            Set<String> languages = new LinkedHashSet<>();
            for (Node item : items.get()) {
                String code = YamlTree.scalar(item).orElse("");
                if (!LANGUAGE.matcher(code).matches()) {
                    error(item, "'" + code + "' is not a lower-case ISO 639 language code such as fr or en");
                } else if (!languages.add(code)) {
                    error(item, "language '" + code + "' is listed twice");
                }
            }
            return List.copyOf(languages);
        }

        private Map<String, String> names(NodeTuple entry, List<String> languages) {
            if (entry == null) {
                missing("name", "'name: {fr: Service de cardiologie, en: Cardiology department}'");
                return Map.of();
            }
            Node value = entry.getValueNode();
            Optional<String> single = YamlTree.scalar(value).map(String::strip);
            if (single.isPresent()) {
                Map<String, String> names = new LinkedHashMap<>();
                languages.forEach(language -> names.put(language, single.get()));
                return names;
            }
            Map<String, String> names = new LinkedHashMap<>();
            Optional<MappingNode> byLanguage = YamlTree.mapping(value);
            if (byLanguage.isEmpty()) {
                error(value, "'name' must be text, or text per language: {fr: ..., en: ...}");
                return names;
            }
            yaml.entries(byLanguage.get(), diagnostics)
                    .forEach((language, tuple) -> YamlTree.scalar(tuple.getValueNode())
                            .ifPresentOrElse(
                                    name -> names.put(language, name.strip()),
                                    () -> error(tuple.getValueNode(), "the name in '" + language + "' must be text")));
            for (String language : languages) {
                if (!names.containsKey(language)) {
                    error(value, "'name' has no text for language '" + language + "'");
                }
            }
            return names;
        }

        private URI baseUrl(NodeTuple entry) {
            if (entry == null) {
                missing("baseUrl", "'baseUrl: https://leaflets.example.org/' (where the site is published)");
                return null;
            }
            Node value = entry.getValueNode();
            String text = YamlTree.scalar(value).orElse("").strip();
            try {
                URI uri = new URI(text.endsWith("/") ? text : text + "/");
                if (uri.isAbsolute()
                        && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                        && uri.getRawQuery() == null
                        && uri.getRawFragment() == null) {
                    return uri;
                }
            } catch (URISyntaxException e) {
                // reported below with the value the user wrote
            }
            error(
                    value,
                    "'baseUrl' must be an absolute http(s) address such as https://leaflets.example.org/, without ? or #,"
                            + " not '" + text + "'");
            return null;
        }

        private Map<String, String> locales(NodeTuple entry) {
            Map<String, String> locales = new LinkedHashMap<>();
            if (entry == null) {
                return locales;
            }
            Optional<MappingNode> mapping = YamlTree.mapping(entry.getValueNode());
            if (mapping.isEmpty()) {
                error(entry.getValueNode(), "'locales' must map languages to tags such as {fr: fr-BE, en: en-GB}");
                return locales;
            }
            yaml.entries(mapping.get(), diagnostics).forEach((language, tuple) -> {
                String tag = YamlTree.scalar(tuple.getValueNode()).orElse("").strip();
                if (LOCALE.matcher(tag).matches()) {
                    locales.put(language, tag);
                } else {
                    error(tuple.getValueNode(), "'" + tag + "' is not a language tag such as fr-BE or en-GB");
                }
            });
            return locales;
        }

        /** The logo printed on leaflets: a PNG or JPEG file inside the content folder. */
        private Path logo(NodeTuple entry) {
            if (entry == null) {
                return null;
            }
            Node value = entry.getValueNode();
            String name = YamlTree.scalar(value).orElse("").strip();
            Path logo = contentDirectory.resolve(name).normalize();
            if (name.isEmpty() || !logo.startsWith(contentDirectory)) {
                error(value, "'logo' must name an image inside the content folder, such as logo.png");
                return null;
            }
            try {
                if (!Files.isRegularFile(logo) || ImageIO.read(logo.toFile()) == null) {
                    error(value, "'logo' names " + name + ", which is not a PNG or JPEG image in the content folder");
                    return null;
                }
            } catch (java.io.IOException e) {
                error(value, "cannot read the logo " + name + ": " + e.getMessage());
                return null;
            }
            return logo;
        }

        /** A setting that is true or false, false when missing. */
        private boolean flag(Map<String, NodeTuple> entries, String key) {
            NodeTuple entry = entries.get(key);
            if (entry == null) {
                return false;
            }
            String value = YamlTree.scalar(entry.getValueNode()).orElse("").strip();
            if (!value.equals("true") && !value.equals("false")) {
                error(entry.getValueNode(), "'" + key + "' must be true or false, not '" + value + "'");
            }
            return value.equals("true");
        }

        private Set<String> proofreadIgnore(NodeTuple entry) {
            if (entry == null) {
                return Set.of();
            }
            Optional<List<Node>> items = YamlTree.sequence(entry.getValueNode());
            if (items.isEmpty()) {
                error(
                        entry.getValueNode(),
                        "'proofreadIgnore' must be a list of LanguageTool rule ids such as [FRENCH_WHITESPACE]");
                return Set.of();
            }
            Set<String> ids = new LinkedHashSet<>();
            for (Node item : items.get()) {
                String id = YamlTree.scalar(item).orElse("").strip();
                if (PROOFREADING_RULE.matcher(id).matches()) {
                    ids.add(id);
                } else {
                    error(
                            item,
                            "'" + id + "' is not a LanguageTool rule id: write it as the proofreading finding"
                                    + " names it, in capitals, such as FRENCH_WHITESPACE");
                }
            }
            return ids;
        }

        private SiteSettings.PageSize pageSize(NodeTuple entry) {
            if (entry == null) {
                return SiteSettings.PageSize.A4;
            }
            String size = YamlTree.scalar(entry.getValueNode()).orElse("").strip();
            for (SiteSettings.PageSize known : SiteSettings.PageSize.values()) {
                if (known.css().equalsIgnoreCase(size)) {
                    return known;
                }
            }
            error(entry.getValueNode(), "'pageSize' must be A4 or letter, not '" + size + "'");
            return SiteSettings.PageSize.A4;
        }

        private Map<String, Double> readability(NodeTuple entry) {
            Map<String, Double> levels = new LinkedHashMap<>(DEFAULT_READABILITY);
            if (entry == null) {
                return levels;
            }
            Optional<MappingNode> mapping = YamlTree.mapping(entry.getValueNode());
            if (mapping.isEmpty()) {
                error(entry.getValueNode(), "'readability' must give the lowest score per language: {fr: 50, en: 50}");
                return levels;
            }
            yaml.entries(mapping.get(), diagnostics).forEach((language, tuple) -> {
                String text = YamlTree.scalar(tuple.getValueNode()).orElse("").strip();
                try {
                    levels.put(language, Double.parseDouble(text));
                } catch (NumberFormatException e) {
                    error(
                            tuple.getValueNode(),
                            "the readability level of '" + language + "' must be a number such as 50, not '" + text
                                    + "'");
                }
            });
            return levels;
        }

        private Set<String> abbreviations(NodeTuple entry) {
            if (entry == null) {
                return Set.of();
            }
            Optional<List<Node>> items = YamlTree.sequence(entry.getValueNode());
            if (items.isEmpty()) {
                error(entry.getValueNode(), "'abbreviations' must be a list such as [UCL, CHU]");
                return Set.of();
            }
            Set<String> abbreviations = new LinkedHashSet<>();
            for (Node item : items.get()) {
                YamlTree.scalar(item)
                        .map(String::strip)
                        .ifPresentOrElse(
                                abbreviations::add, () -> error(item, "each abbreviation must be a word such as UCL"));
            }
            return abbreviations;
        }

        private String phoneRegion(NodeTuple entry) {
            if (entry == null) {
                return null;
            }
            Node value = entry.getValueNode();
            String region = YamlTree.scalar(value).orElse("").strip().toUpperCase(Locale.ROOT);
            if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(region)) {
                error(value, "'phoneRegion' must be a two-letter country code such as BE or FR, not '" + region + "'");
                return null;
            }
            return region;
        }

        private Optional<Profile> profile(NodeTuple entry) {
            if (entry == null) {
                return Optional.empty();
            }
            String name = YamlTree.scalar(entry.getValueNode()).orElse("").strip();
            Optional<Profile> profile = Profile.named(name);
            if (profile.isEmpty()) {
                error(
                        entry.getValueNode(),
                        "'profile' must be fr (Code de la santé publique) or be (loi relative aux droits du patient),"
                                + " not '" + name + "'; remove the setting for no profile");
            }
            return profile;
        }

        /** The sections with the severity {@code sectionSeverity} gives some of them, by id. */
        private List<RequiredSection> severities(NodeTuple entry, List<RequiredSection> sections) {
            if (entry == null) {
                return sections;
            }
            Optional<MappingNode> mapping = YamlTree.mapping(entry.getValueNode());
            if (mapping.isEmpty()) {
                error(
                        entry.getValueNode(),
                        "'sectionSeverity' must map section ids to error or warning: {cost: warning}");
                return sections;
            }
            Map<String, Severity> chosen = new LinkedHashMap<>();
            yaml.entries(mapping.get(), diagnostics).forEach((id, tuple) -> {
                String value = YamlTree.scalar(tuple.getValueNode()).orElse("").strip();
                if (sections.stream().noneMatch(section -> section.id().equals(id))) {
                    error(
                            tuple.getKeyNode(),
                            "'" + id + "' is not a required section; known sections: "
                                    + String.join(
                                            ", ",
                                            sections.stream()
                                                    .map(RequiredSection::id)
                                                    .toList()));
                } else if (value.equals("error") || value.equals("warning")) {
                    chosen.put(id, Severity.valueOf(value.toUpperCase(Locale.ROOT)));
                } else {
                    error(
                            tuple.getValueNode(),
                            "the severity of '" + id + "' must be error or warning, not '" + value + "'");
                }
            });
            return sections.stream()
                    .map(section ->
                            chosen.containsKey(section.id()) ? section.withSeverity(chosen.get(section.id())) : section)
                    .toList();
        }

        private List<RequiredSection> requiredSections(NodeTuple entry, List<String> languages) {
            Node value = entry.getValueNode();
            Optional<MappingNode> mapping = YamlTree.mapping(value);
            if (mapping.isEmpty()) {
                error(value, "'requiredSections' must map each section id to its headings per language");
                return List.of();
            }
            List<RequiredSection> sections = new ArrayList<>();
            yaml.entries(mapping.get(), diagnostics)
                    .forEach((id, tuple) ->
                            requiredSection(id, tuple.getValueNode(), languages).ifPresent(sections::add));
            return sections;
        }

        private Optional<RequiredSection> requiredSection(String id, Node value, List<String> languages) {
            Optional<MappingNode> mapping = YamlTree.mapping(value);
            if (mapping.isEmpty()) {
                error(value, "section '" + id + "' must list its headings per language: {fr: [...], en: [...]}");
                return Optional.empty();
            }
            Map<String, List<String>> headings = new LinkedHashMap<>();
            yaml.entries(mapping.get(), diagnostics).forEach((language, tuple) -> {
                Node texts = tuple.getValueNode();
                List<String> list = YamlTree.scalar(texts)
                        .map(List::of)
                        .or(() -> YamlTree.sequence(texts).map(nodes -> nodes.stream()
                                .map(YamlTree::scalar)
                                .flatMap(Optional::stream)
                                .toList()))
                        .orElse(List.of());
                if (list.isEmpty()) {
                    error(texts, "section '" + id + "' needs at least one heading text in '" + language + "'");
                }
                headings.put(language, list);
            });
            for (String language : languages) {
                if (!headings.containsKey(language)) {
                    error(value, "section '" + id + "' has no heading text for language '" + language + "'");
                }
            }
            return Optional.of(new RequiredSection(id, headings, Severity.ERROR, RequiredSection.SITE_SETTINGS));
        }
    }
}
