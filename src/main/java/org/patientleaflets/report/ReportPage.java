package org.patientleaflets.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The view {@code report.ftlh} receives: the report, with the findings grouped file by file.
 *
 * @param report the report
 * @param files the files with findings, in reading order
 */
public record ReportPage(Report report, List<FileFindings> files) {

    public ReportPage {
        files = List.copyOf(files);
    }

    /**
     * The findings of one file.
     *
     * @param file the file, relative to the project
     * @param findings its findings, line by line
     */
    public record FileFindings(String file, List<Report.Finding> findings) {

        public FileFindings {
            findings = List.copyOf(findings);
        }
    }

    static ReportPage of(Report report) {
        Map<String, List<Report.Finding>> byFile = new LinkedHashMap<>();
        report.findings().forEach(finding -> byFile.computeIfAbsent(finding.file(), f -> new ArrayList<>())
                .add(finding));
        return new ReportPage(
                report,
                byFile.entrySet().stream()
                        .map(entry -> new FileFindings(entry.getKey(), entry.getValue()))
                        .toList());
    }
}
