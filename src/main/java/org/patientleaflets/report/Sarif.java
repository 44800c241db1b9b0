package org.patientleaflets.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** A report as one SARIF 2.1.0 run, so that code-scanning tools can show the findings in place. */
final class Sarif {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private Sarif() {}

    static ObjectNode of(Report report, ObjectMapper mapper) {
        ObjectNode log = mapper.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "leaflet-maven-plugin");
        List<String> ids = new ArrayList<>(report.rules().keySet());
        ArrayNode rules = driver.putArray("rules");
        report.rules().forEach((id, description) -> {
            ObjectNode rule = rules.addObject();
            rule.put("id", id);
            rule.putObject("shortDescription").put("text", description);
        });
        ArrayNode results = run.putArray("results");
        for (Report.Finding finding : report.findings()) {
            ObjectNode result = results.addObject();
            result.put("ruleId", finding.rule());
            if (ids.contains(finding.rule())) {
                result.put("ruleIndex", ids.indexOf(finding.rule()));
            }
            result.put("level", finding.severity());
            result.putObject("message").put("text", finding.message());
            ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
            location.putObject("artifactLocation").put("uri", finding.file());
            ObjectNode region = location.putObject("region");
            region.put("startLine", finding.line());
            region.put("startColumn", finding.column());
        }
        return log;
    }
}
