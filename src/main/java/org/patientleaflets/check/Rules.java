package org.patientleaflets.check;

import java.util.Comparator;
import java.util.List;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.Diagnostic;

/** Runs every rule over the content and orders the findings as a reader goes through the files. */
public final class Rules {

    /** File, then line, then column: the order of a compiler's output. */
    public static final Comparator<Diagnostic> READING_ORDER = Comparator.comparing(
                    (Diagnostic d) -> d.position().file().toString())
            .thenComparingInt(d -> d.position().line())
            .thenComparingInt(d -> d.position().column())
            .thenComparing(Diagnostic::ruleId);

    private final List<Rule> rules;

    public Rules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules every build runs. */
    public static Rules standard() {
        return new Rules(List.of(
                new FrontMatterRule(),
                new TranslationPresenceRule(),
                new StaleTranslationRule(),
                new RequiredSectionsRule(),
                new ContactDetailsRule(),
                new SectionParityRule(),
                new NumericParityRule(),
                new RawHtmlRule(),
                new LinksRule(),
                new ReadabilityRule()));
    }

    public List<Diagnostic> check(Content content) {
        return rules.stream()
                .flatMap(rule -> {
                    Findings findings = new Findings(rule.id());
                    rule.check(content, findings);
                    return findings.diagnostics().stream();
                })
                .sorted(READING_ORDER)
                .toList();
    }
}
