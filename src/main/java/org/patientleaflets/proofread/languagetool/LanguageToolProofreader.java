package org.patientleaflets.proofread.languagetool;

import com.vladsch.flexmark.parser.Parser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Pattern;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.patientleaflets.content.MarkdownSyntax;
import org.patientleaflets.model.Content;
import org.patientleaflets.model.LeafletText;
import org.patientleaflets.proofread.Proofreader;

/**
 * Checks the spelling and grammar of texts with LanguageTool. The site's dictionary is applied to the
 * findings rather than given to LanguageTool, whose spelling rules are shared by every checker of a language
 * in the JVM: words given to one would be accepted for every other site built in the same JVM. Each language is loaded once, the first time a
 * proofreader needs it; texts are checked in parallel, each by a checker of its language that no other text
 * uses at the same time, since a LanguageTool checker is not safe to share between threads.
 *
 * <p>Every class of this package is loaded with LanguageTool, by the class loader that {@link
 * org.patientleaflets.proofread.LanguageTool} gives it: no class outside the package names them.
 */
public final class LanguageToolProofreader implements Proofreader {

    /** How many suggestions a finding shows: the first are the likeliest, and a long list hides the text. */
    private static final int SUGGESTIONS = 3;

    private static final Pattern SUGGESTION_TAG = Pattern.compile("</?suggestion>");

    private final Content content;
    private final Parser parser = MarkdownSyntax.parser(MarkdownSyntax.options());
    private final Map<String, Optional<Language>> languages = new LinkedHashMap<>();
    private final Map<String, BlockingQueue<JLanguageTool>> checkers = new LinkedHashMap<>();
    private final int threads = Runtime.getRuntime().availableProcessors();

    public LanguageToolProofreader(Content content) {
        this.content = content;
    }

    @Override
    public boolean supports(String language) {
        return language(language).isPresent();
    }

    @Override
    public List<Mistake> check(List<LeafletText> texts) {
        List<LeafletText> supported =
                texts.stream().filter(text -> supports(text.language())).toList();
        supported.stream().map(LeafletText::language).distinct().forEach(this::prepare);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Mistake>>> checks = new ArrayList<>();
            for (LeafletText text : supported) {
                checks.add(pool.submit(() -> check(text)));
            }
            List<Mistake> mistakes = new ArrayList<>();
            for (Future<List<Mistake>> check : checks) {
                mistakes.addAll(check.get());
            }
            return mistakes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("proofreading was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io;
            }
            throw new IllegalStateException("proofreading failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * LanguageTool knows a language by its code with a region where it has variants: {@code en-GB} has a
     * dictionary where {@code en} has none, so the site's locale comes first.
     */
    private Optional<Language> language(String code) {
        return languages.computeIfAbsent(code, key -> {
            for (String candidate : List.of(content.settings().locale(key), key)) {
                if (Languages.isLanguageSupported(candidate)) {
                    return Optional.of(Languages.getLanguageForShortCode(candidate));
                }
            }
            return Optional.empty();
        });
    }

    /**
     * Makes one checker per thread for a language before the texts are shared out. The first loads the
     * language's rules, which LanguageTool then shares with every other checker of that language.
     */
    private void prepare(String code) {
        Language language = language(code).orElseThrow();
        BlockingQueue<JLanguageTool> idle = new LinkedBlockingQueue<>();
        for (int i = 0; i < threads; i++) {
            idle.add(checker(language));
        }
        checkers.put(code, idle);
    }

    private JLanguageTool checker(Language language) {
        JLanguageTool checker = new JLanguageTool(language);
        checker.disableRules(List.copyOf(content.settings().proofreadIgnore()));
        return checker;
    }

    private List<Mistake> check(LeafletText text) throws InterruptedException {
        Prose prose = Prose.of(text, parser, content.settings().phoneRegion());
        BlockingQueue<JLanguageTool> idle = checkers.get(text.language());
        JLanguageTool checker = idle.take();
        try {
            List<Mistake> mistakes = new ArrayList<>();
            List<int[]> accepted = prose.occurrences(content.dictionary(text.language()));
            for (RuleMatch match : checker.check(prose.annotated())) {
                int start = match.getFromPos();
                int end = match.getToPos();
                boolean acceptedWord = match.getRule().isDictionaryBasedSpellingRule()
                        && accepted.stream().anyMatch(span -> span[0] <= start && end <= span[1]);
                if (!acceptedWord && !prose.touchesSkipped(start, end)) {
                    mistakes.add(mistake(text, prose, match));
                }
            }
            return mistakes;
        } catch (IOException e) {
            throw new UncheckedIOException("LanguageTool cannot check " + text.path(), e);
        } finally {
            idle.add(checker);
        }
    }

    private static Mistake mistake(LeafletText text, Prose prose, RuleMatch match) {
        List<String> suggestions = match.getSuggestedReplacements();
        return new Mistake(
                prose.position(match.getFromPos()),
                prose.source(match.getFromPos(), match.getToPos()),
                SUGGESTION_TAG.matcher(match.getMessage()).replaceAll("'"),
                suggestions.subList(0, Math.min(SUGGESTIONS, suggestions.size())),
                match.getRule().getId(),
                match.getRule().isDictionaryBasedSpellingRule());
    }
}
