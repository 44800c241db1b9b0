// A translation that gives another figure than its source fails the build at both figures and publishes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] content/demo/en.md:18:36: error: '3%' does not appear in the French text of this section (content/demo/fr.md:15): correct the figure here, or in the French text, so that both give the same figure [numeric-parity]")
assert log.contains("[ERROR] content/demo/fr.md:17:33: error: '2 %' does not appear in the English translation of this section (content/demo/en.md:16): correct the translation, or this text, so that both give the same figure [numeric-parity]")
assert log.contains('2 errors in content/; see above, fix each at the file and line given, and run the build again.')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/leaflets/site').exists()
return true
