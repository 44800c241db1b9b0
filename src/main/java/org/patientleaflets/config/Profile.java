package org.patientleaflets.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.patientleaflets.model.Severity;

/**
 * What the law of a jurisdiction requires a procedure leaflet to tell the patient, as required sections.
 *
 * <p>{@code fr}: Code de la santé publique, art. L1111-2. {@code be}: loi du 22 août 2002 relative aux droits
 * du patient, art. 8 §2, which adds the duration, the follow-up care and the financial consequences.
 */
public enum Profile {
    FR("Code de la santé publique, art. L1111-2", false),
    BE("loi du 22 août 2002 relative aux droits du patient, art. 8 §2", true);

    /** Each section's id with its usual French and English headings, the one to suggest first. */
    private static final List<Map.Entry<String, Map<String, List<String>>>> SECTIONS = List.of(
            section(
                    "procedure",
                    List.of("En quoi consiste l’intervention ?", "Qu’est-ce que c’est ?", "L’intervention"),
                    List.of("What is the procedure?", "What is it?", "The procedure")),
            section(
                    "reason",
                    List.of(
                            "Pourquoi vous propose-t-on cette intervention ?",
                            "Pourquoi cette intervention ?",
                            "Pourquoi et dans quel délai ?"),
                    List.of("Why is this procedure offered to you?", "Why this procedure?", "Why and how soon?")),
            section(
                    "how",
                    List.of("Comment se déroule l’intervention ?", "Déroulement"),
                    List.of("How is the procedure done?", "How it is done")),
            section(
                    "duration",
                    List.of("Combien de temps dure l’intervention ?", "Durée"),
                    List.of("How long does the procedure take?", "Duration")),
            section(
                    "benefits",
                    List.of("Qu’en attendre ?", "Quels sont les bénéfices attendus ?", "Bénéfices"),
                    List.of("What can you expect from it?", "What are the expected benefits?", "Benefits")),
            section("follow-up", List.of("Après l’intervention", "Suivi"), List.of("After the procedure", "Follow-up")),
            section("risks", List.of("Quels sont les risques ?", "Risques"), List.of("What are the risks?", "Risks")),
            section(
                    "alternatives",
                    List.of("Quelles sont les autres solutions ?", "Alternatives"),
                    List.of("What are the alternatives?", "Alternatives")),
            section(
                    "refusal",
                    List.of("Et si vous refusez ?", "Si vous refusez"),
                    List.of("What if you say no?", "If you decline")),
            section("cost", List.of("Combien cela coûte-t-il ?", "Coût"), List.of("What does it cost?", "Cost")));

    /** What the Belgian law asks for beyond the French one. */
    private static final Set<String> BELGIAN_ADDITIONS = Set.of("duration", "follow-up", "cost");

    private final String article;
    private final boolean belgianAdditions;

    Profile(String article, boolean belgianAdditions) {
        this.article = article;
        this.belgianAdditions = belgianAdditions;
    }

    private static Map.Entry<String, Map<String, List<String>>> section(
            String id, List<String> french, List<String> english) {
        return Map.entry(id, Map.of("fr", french, "en", english));
    }

    /** The profile {@code site.yaml} names, such as {@code be}. */
    public static Optional<Profile> named(String name) {
        for (Profile profile : values()) {
            if (profile.code().equals(name)) {
                return Optional.of(profile);
            }
        }
        return Optional.empty();
    }

    /** The name {@code site.yaml} gives it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The article of law the sections come from. */
    public String article() {
        return article;
    }

    /** The sections the article requires, in the order a leaflet usually gives them, each an error if missing. */
    public List<RequiredSection> requiredSections() {
        return SECTIONS.stream()
                .filter(section -> belgianAdditions || !BELGIAN_ADDITIONS.contains(section.getKey()))
                .map(section -> new RequiredSection(section.getKey(), section.getValue(), Severity.ERROR, article))
                .toList();
    }

    /**
     * The profile's sections followed by the site's own: a section of the site with an id of the profile adds its
     * headings to the profile's.
     */
    public List<RequiredSection> with(List<RequiredSection> site) {
        List<RequiredSection> sections = new ArrayList<>();
        for (RequiredSection section : requiredSections()) {
            Map<String, List<String>> headings = new LinkedHashMap<>(section.headings());
            site.stream().filter(own -> own.id().equals(section.id())).forEach(own -> own.headings()
                    .forEach((language, texts) -> headings.merge(
                            language, texts, (ours, theirs) -> Stream.concat(ours.stream(), theirs.stream())
                                    .distinct()
                                    .toList())));
            sections.add(new RequiredSection(section.id(), headings, section.severity(), section.basis()));
        }
        site.stream()
                .filter(own ->
                        sections.stream().noneMatch(section -> section.id().equals(own.id())))
                .forEach(sections::add);
        return List.copyOf(sections);
    }
}
