package org.patientleaflets.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patientleaflets.config.RequiredSection;
import org.patientleaflets.config.SiteSettings;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.FrontMatter;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes a new leaflet, one text per language of the site, with its front matter and a heading for every
 * required section, each still to be written: {@link #MARKER} stands wherever the writer has something to say,
 * and the {@code unfilled-placeholder} check refuses the texts until none is left.
 */
public final class Scaffold {

    /** What stands for text still to be written; no patient text has a reason to contain the word. */
    public static final String MARKER = "TODO";

    /** Block style: one field a line, as people write front matter; titles are quoted only when YAML needs it. */
    private static final Dump YAML =
            new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build());

    private final Path projectDirectory;
    private final Path contentDirectory;

    public Scaffold(Path projectDirectory, Path contentDirectory) {
        this.projectDirectory = projectDirectory;
        this.contentDirectory = contentDirectory;
    }

    /**
     * What writing a new leaflet did.
     *
     * @param written the texts written, relative to the project, in the site's language order
     * @param diagnostics the problems of {@code site.yaml} that prevented writing anything
     */
    public record Written(List<Path> written, List<Diagnostic> diagnostics) {

        public Written {
            written = List.copyOf(written);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * Writes {@code <slug>/<lang>.md} for every language of the site.
     *
     * @param title the source text's title
     * @param translatedTitles the titles of the translations given, by language; the others are left to write
     * @param date the day the first version takes effect; its review falls due a year later
     * @throws IllegalArgumentException when the slug is not a valid address or the leaflet exists already
     */
    public Written write(String slug, String title, Map<String, String> translatedTitles, LocalDate date) {
        if (slug == null || !ContentLoader.SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException("'" + slug + "' cannot be a leaflet's address: write lowercase ASCII"
                    + " letters and digits, words joined by hyphens, such as 'mitral-valve-repair'");
        }
        Path folder = contentDirectory.resolve(slug);
        if (Files.exists(folder)) {
            throw new IllegalArgumentException(projectDirectory.relativize(folder) + " exists already: edit its texts,"
                    + " or choose another slug for a new leaflet");
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        Optional<SiteSettings> settings = new SiteSettingsReader(new TextFileReader(projectDirectory), projectDirectory)
                .read(contentDirectory, diagnostics);
        if (settings.isEmpty()) {
            return new Written(List.of(), diagnostics);
        }
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (String language : settings.get().languages()) {
                Path file = folder.resolve(language + ".md");
                boolean translation = !language.equals(settings.get().sourceLanguage());
                String text = text(
                        settings.get(),
                        language,
                        translation ? translatedTitles.get(language) : title,
                        translation,
                        date);
                Files.writeString(file, text, StandardCharsets.UTF_8);
                written.add(projectDirectory.relativize(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the new leaflet into " + folder, e);
        }
        return new Written(written, diagnostics);
    }

    private static String text(
            SiteSettings settings, String language, String title, boolean translation, LocalDate date) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(FrontMatter.TITLE, title == null || title.isBlank() ? MARKER : title.strip());
        fields.put(FrontMatter.VERSION, 1);
        fields.put(FrontMatter.DATE, date.toString());
        fields.put(FrontMatter.REVIEW_BY, date.plusYears(1).toString());
        fields.put(FrontMatter.OWNER, MARKER);
        fields.put(FrontMatter.SPECIALTY, MARKER);
        fields.put(FrontMatter.SUMMARY, MARKER);
        if (translation) {
            fields.put(FrontMatter.TRANSLATION_OF, 1);
        }
        StringBuilder text =
                new StringBuilder("---\n").append(YAML.dumpToString(fields)).append("---\n");
        for (RequiredSection section : settings.requiredSections()) {
            List<String> headings = section.headings(language);
            String heading = headings.isEmpty() ? MARKER + " {#" + section.id() + "}" : headings.get(0);
            text.append("\n## ").append(heading).append("\n\n").append(MARKER).append('\n');
        }
        return text.toString();
    }
}
