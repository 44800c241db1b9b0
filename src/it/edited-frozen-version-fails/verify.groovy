// A published version edited after publishing fails the build at that file, and nothing is published.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] content/demo/versions/1/en.md:1:1: error: this published version was changed after it was published (its SHA-256 no longer matches content/published.yaml:3): restore it as it was published, and make the change in the current text under a new version [frozen-versions]')
assert log.contains('1 error in content/; see above, fix each at the file and line given, and run the build again.')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/leaflets/site').exists()
return true
