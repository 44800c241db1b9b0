package org.patientleaflets.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.patientleaflets.render.Theme;

/** Writes {@code report.json}, {@code report.sarif} and {@code report.html} into the output folder. */
public final class ReportWriter {

    public static final String JSON = "report.json";
    public static final String SARIF = "report.sarif";
    public static final String HTML = "report.html";

    private final Theme theme;
    private final ObjectMapper mapper = new ObjectMapper();
    // The same bytes on every system: two-space indents and \n line ends.
    private final ObjectWriter writer = mapper.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    public ReportWriter(Theme theme) {
        this.theme = theme;
    }

    /**
     * Writes the three reports. The page is rendered first, so that a failing template leaves no report
     * from this run half written.
     */
    public void write(Report report, Path directory) throws IOException {
        String html = theme.render("report.ftlh", ReportPage.of(report));
        writeData(report, directory);
        Files.writeString(directory.resolve(HTML), html, StandardCharsets.UTF_8);
    }

    /** Writes the JSON and SARIF reports only, removing any page of an earlier run, which would mislead. */
    public void writeData(Report report, Path directory) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve(JSON), writer.writeValueAsString(report) + "\n", StandardCharsets.UTF_8);
        Files.writeString(
                directory.resolve(SARIF),
                writer.writeValueAsString(Sarif.of(report, mapper)) + "\n",
                StandardCharsets.UTF_8);
        Files.deleteIfExists(directory.resolve(HTML));
    }
}
