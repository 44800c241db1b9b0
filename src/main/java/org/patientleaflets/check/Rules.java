package org.patientleaflets.check;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import org.patientleaflets.Progress;
import org.patientleaflets.config.BuildConfig;
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

    /** The rules every check and build runs, with the severities {@code config} asks for. */
    public static Rules standard(BuildConfig config) {
        return of(config, false);
    }

    /** The rules of a run that freezes new versions: the standard ones, and a new version must be approved. */
    public static Rules publishing(BuildConfig config) {
        return of(config, true);
    }

    private static Rules of(BuildConfig config, boolean publishing) {
        return new Rules(List.of(
                new FrontMatterRule(),
                new ApprovalRule(config.buildTime(), publishing),
                new ReviewExpiredRule(config.buildTime(), config.failOnExpiredReview()),
                new TranslationPresenceRule(),
                new StaleTranslationRule(config.allowStaleTranslations()),
                new RequiredSectionsRule(),
                new ContactDetailsRule(),
                new SectionParityRule(),
                new NumericParityRule(),
                new RiskFrequencyRule(),
                new RiskFrequencyParityRule(),
                new RawHtmlRule(),
                new LinksRule(),
                new ReadabilityRule(),
                new AbbreviationsRule(),
                new FrozenVersionsRule(),
                new UnfilledPlaceholderRule(),
                new ProofreadingRule(
                        config.proofread(), config.relative(config.contentDirectory()), config.languageTool())));
    }

    /** The findings content loading reports itself, before any rule runs, by id. */
    private static final Map<String, String> LOADING = Map.of(
            "yaml-syntax", "Front matter and site.yaml are well-formed YAML with no key given twice.",
            "site-settings", "site.yaml exists and each setting is valid.",
            "content-layout",
                    "Leaflet folders are valid address parts; each text is named after a language of the site.",
            "unreadable-file", "Texts are UTF-8 and at most 2 MiB.",
            "template", "A template of the theme renders without failing.");

    /** What each rule id guards, the rules' own first, then those of loading and rendering, by id. */
    public Map<String, String> descriptions() {
        Map<String, String> descriptions = new LinkedHashMap<>();
        rules.forEach(rule -> descriptions.put(rule.id(), rule.description()));
        new TreeMap<>(LOADING).forEach(descriptions::putIfAbsent);
        return descriptions;
    }

    /** Runs every rule, on every core: rules share nothing but the content they read. */
    public List<Diagnostic> check(Content content) {
        return check(content, FindingsCache.none(), Progress.SILENT);
    }

    /**
     * Runs every rule as {@link #check(Content)} does, telling {@code progress} of each rule done, except that
     * a {@link LeafletRule} tells again what it found about a leaflet unchanged since the check {@code cache}
     * kept.
     */
    public List<Diagnostic> check(Content content, FindingsCache cache, Progress progress) {
        cache.start(content);
        AtomicInteger done = new AtomicInteger();
        // On a pool of their own: a thread outside a pool that waits for its tasks only helps with those it
        // forked, so the work a long rule shares out would be left to the pool's one other thread.
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Diagnostic> found = pool.submit(() -> rules.parallelStream()
                            .map(rule -> {
                                List<Diagnostic> ruleFound = rule instanceof LeafletRule leafletRule
                                        ? cache.findings(leafletRule, content, part -> run(rule, part))
                                        : run(rule, content);
                                progress.advanced("rules applied", done.incrementAndGet(), rules.size());
                                return ruleFound;
                            })
                            .flatMap(List::stream)
                            .sorted(READING_ORDER)
                            .toList())
                    .join();
            cache.end();
            return found;
        } finally {
            pool.shutdown();
        }
    }

    private static List<Diagnostic> run(Rule rule, Content content) {
        Findings findings = new Findings(rule.id());
        rule.check(content, findings);
        return findings.diagnostics();
    }
}
