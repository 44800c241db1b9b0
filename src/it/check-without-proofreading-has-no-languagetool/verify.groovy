// Without proofreading, the plugin's class realm holds no LanguageTool jar and nothing fetches one: LanguageTool
// is resolved only for a build that proofreads.
def log = new File(basedir, 'build.log').getText('UTF-8')
def realm = log.readLines()
        .dropWhile { !it.contains('Populating class realm plugin>org.patientleaflets:leaflet-maven-plugin') }
        .drop(1)
        .takeWhile { it.startsWith('[DEBUG]   Included: ') }
assert realm.any { it.contains('com.vladsch.flexmark:flexmark:jar') } : 'the realm is not listed as expected'
assert realm.every { !it.contains('org.languagetool') }
assert !log.contains('LanguageTool for proofreading')
assert !log.contains('proofreading]')
assert log.contains('BUILD SUCCESS')
return true
