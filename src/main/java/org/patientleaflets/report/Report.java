package org.patientleaflets.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.patientleaflets.check.NewRisks;
import org.patientleaflets.config.RequiredSection;
import org.patientleaflets.model.BuildResult;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.model.Link;

/**
 * What a check or build found, as every report gives it: {@code report.json} is this record as JSON.
 *
 * @param summary the counts
 * @param findings every finding, in reading order
 * @param readability each text's readability score, text by text
 * @param externalLinks the links to other web sites, for someone to check now and then that they still work
 * @param requiredSections the sections every text must have, each with where the requirement comes from
 * @param newRisks the risks each version adds to the version before it, which patients given the earlier
 *     version have not been told about
 * @param rules what each rule id guards
 */
public record Report(
        Summary summary,
        List<Finding> findings,
        List<TextReadability> readability,
        List<ExternalLink> externalLinks,
        List<RequiredSectionEntry> requiredSections,
        List<NewRisk> newRisks,
        Map<String, String> rules) {

    public Report {
        newRisks = List.copyOf(newRisks);
        findings = List.copyOf(findings);
        requiredSections = List.copyOf(requiredSections);
        readability = List.copyOf(readability);
        externalLinks = List.copyOf(externalLinks);
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /**
     * @param errors how many errors
     * @param warnings how many warnings
     * @param texts how many texts were checked
     * @param text the counts in words, as the console prints them
     */
    public record Summary(long errors, long warnings, int texts, String text) {}

    /**
     * One finding.
     *
     * @param file the file, relative to the project
     * @param line the 1-based line
     * @param column the 1-based column
     * @param severity {@code error} or {@code warning}
     * @param rule the rule id
     * @param message what is wrong and how to fix it
     */
    public record Finding(String file, int line, int column, String severity, String rule, String message) {

        static Finding of(Diagnostic diagnostic) {
            return new Finding(
                    diagnostic.position().path(),
                    diagnostic.position().line(),
                    diagnostic.position().column(),
                    diagnostic.severity().label(),
                    diagnostic.ruleId(),
                    diagnostic.message());
        }
    }

    /**
     * One text's readability.
     *
     * @param file the text
     * @param language its language code
     * @param title its title
     * @param formula the formula used for its language
     * @param score the score, to one decimal; higher is easier
     * @param level the lowest score without a warning
     * @param sentences how many sentences
     * @param words how many words
     */
    public record TextReadability(
            String file,
            String language,
            String title,
            String formula,
            double score,
            double level,
            int sentences,
            int words) {

        public boolean belowLevel() {
            return score < level;
        }
    }

    /**
     * A link to another web site.
     *
     * @param file the text holding it
     * @param line the 1-based line
     * @param address where it leads
     * @param text the link's words
     */
    public record ExternalLink(String file, int line, String address, String text) {}

    /**
     * A section every text must have.
     *
     * @param id the id that marks it ({@code {#risks}})
     * @param severity {@code error} or {@code warning} when it is missing or empty
     * @param basis {@code site.yaml}, or the article of law of the site's profile
     * @param headings the heading texts that mark it, by language
     */
    public record RequiredSectionEntry(String id, String severity, String basis, Map<String, List<String>> headings) {

        public RequiredSectionEntry {
            headings = Collections.unmodifiableMap(new TreeMap<>(headings));
        }

        static RequiredSectionEntry of(RequiredSection section) {
            return new RequiredSectionEntry(
                    section.id(), section.severity().label(), section.basis(), section.headings());
        }
    }

    /**
     * A risk a version adds to the version before it.
     *
     * @param file the text of the version
     * @param line the 1-based line of the risk's item
     * @param language the text's language code
     * @param title the text's title
     * @param version the version that adds the risk
     * @param risk the item as the text words it
     */
    public record NewRisk(String file, int line, String language, String title, int version, String risk) {

        static List<NewRisk> of(Content content) {
            return content.leaflets().stream()
                    .flatMap(leaflet -> content.settings().languages().stream()
                            .flatMap(language -> NewRisks.of(content, leaflet, language).entrySet().stream()
                                    .flatMap(version -> version.getValue().stream()
                                            .map(risk -> new NewRisk(
                                                    risk.position().path(),
                                                    risk.position().line(),
                                                    language,
                                                    leaflet.text(language)
                                                            .map(text -> text.frontMatter()
                                                                    .title())
                                                            .orElse(leaflet.slug()),
                                                    version.getKey(),
                                                    risk.text())))))
                    .toList();
        }
    }

    /** The report of a result, with the content's scores and links when the content could be loaded. */
    public static Report of(BuildResult result, Optional<Content> content, Map<String, String> rules) {
        List<LeafletText> texts = content.map(Content::texts).orElse(List.of());
        Map<String, Double> levels =
                content.map(c -> c.settings().readability()).orElse(Map.of());
        return new Report(
                new Summary(result.errors(), result.warnings(), result.texts(), result.summary()),
                result.diagnostics().stream().map(Finding::of).toList(),
                texts.stream()
                        .flatMap(text -> text.readability().stream()
                                .map(score -> new TextReadability(
                                        text.path(),
                                        text.language(),
                                        text.frontMatter().title(),
                                        score.formula(),
                                        Math.round(score.score() * 10) / 10.0,
                                        levels.getOrDefault(text.language(), 0.0),
                                        score.sentences(),
                                        score.words())))
                        .toList(),
                texts.stream()
                        .flatMap(text -> text.links().stream()
                                .filter(Link::isExternal)
                                .map(link -> new ExternalLink(
                                        text.path(), link.position().line(), link.destination(), link.text())))
                        .toList(),
                content.map(c -> c.settings().requiredSections()).orElse(List.of()).stream()
                        .map(RequiredSectionEntry::of)
                        .toList(),
                content.map(NewRisk::of).orElse(List.of()),
                rules);
    }
}
