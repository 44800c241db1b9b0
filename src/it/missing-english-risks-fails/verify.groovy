// Removing the English risks section fails the build, names en.md with a line, and publishes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] content/demo/en.md:1:1: error: required section 'risks' is missing: add a section '## What are the risks?' or mark its heading with {#risks} [required-section]")
assert log.contains("[ERROR] content/demo/en.md:1:1: error: this text has 2 sections but content/demo/fr.md has 3; translate each section of the French text, in the same order [section-parity]")
assert log.contains('2 errors in content/; see above, fix each at the file and line given, and run the build again.')
assert log.contains('BUILD FAILURE')
assert !log.contains('\tat org.patientleaflets') : 'no stack trace without -e'
assert !new File(basedir, 'target/leaflets/site').exists()
return true
