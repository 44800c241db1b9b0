// A translation that gives another figure than its source fails the build at both figures and publishes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] content/demo/en.md:18:36: error: '3%' does not appear in the French text of this section (content/demo/fr.md:15): correct the figure here, or in the French text, so that both give the same figure [numeric-parity]")
assert log.contains("[ERROR] content/demo/fr.md:17:33: error: '2 %' does not appear in the English translation of this section (content/demo/en.md:16): correct the translation, or this text, so that both give the same figure [numeric-parity]")
assert log.contains('2 errors in content/; see above, fix each at the file and line given, and run the build again.')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/leaflets/site').exists()

// A failed build still reports, so that staff can read what to fix in report.html.
def reports = new File(basedir, 'target/leaflets')
['report.json', 'report.sarif', 'report.html'].each { assert new File(reports, it).isFile() : "missing $it" }
def sarif = new groovy.json.JsonSlurper().parse(new File(reports, 'report.sarif'))
def result = sarif.runs[0].results.find { it.ruleId == 'numeric-parity' }
assert result != null
assert result.locations[0].physicalLocation.artifactLocation.uri == 'content/demo/en.md'
assert result.locations[0].physicalLocation.region.startLine == 18
return true
