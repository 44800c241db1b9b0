// A build killed with SIGKILL in the middle of rendering leaves the last good site byte for byte as it was,
// and the next build clears what the killed one left and publishes.
import java.security.MessageDigest

def site = new File(basedir, 'target/leaflets/site')
def staging = new File(basedir, 'target/leaflets/.site.staging')

def digests = { File root ->
    def result = new TreeMap()
    root.eachFileRecurse(groovy.io.FileType.FILES) { file ->
        result[root.toPath().relativize(file.toPath()).toString()] =
                MessageDigest.getInstance('SHA-256').digest(file.bytes).encodeHex().toString()
    }
    result
}
def before = digests(site)
assert before.containsKey('fr/demo/index.html')

def french = new File(basedir, 'content/demo/fr.md')
french.text = french.getText('UTF-8').replace('Un examen qui montre', 'Un nouvel examen qui montre')

def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').absolutePath
// -llr: the artifacts came from the test repository the invoker set up, which this plain run does not name.
def command = [mvn, '-B', '-o', '-llr', "-Dmaven.repo.local=${localRepositoryPath}",
               "org.patientleaflets:leaflet-maven-plugin:${pluginVersion}:build"]
def process = new ProcessBuilder(command.collect { it.toString() })
        .directory(basedir).redirectErrorStream(true).redirectOutput(new File(basedir, 'killed.log')).start()
def deadline = System.currentTimeMillis() + 120_000
while (!(staging.isDirectory() && new File(staging, 'fr/demo/index.html').isFile()) && process.isAlive()
        && System.currentTimeMillis() < deadline) {
    Thread.sleep(5)
}
assert process.isAlive() : 'the build ended before it could be killed mid-render: ' + new File(basedir, 'killed.log').text
// Maven's launcher execs the JVM, so this SIGKILL reaches the build itself.
process.destroyForcibly()
process.waitFor()
assert process.exitValue() == 137 : "exit value ${process.exitValue()}"
assert staging.isDirectory() : 'the killed build had begun writing its staging folder'

assert digests(site) == before : 'the killed build changed the published site'

def rerun = new ProcessBuilder(command.collect { it.toString() })
        .directory(basedir).redirectErrorStream(true).redirectOutput(new File(basedir, 'rerun.log')).start()
assert rerun.waitFor() == 0 : new File(basedir, 'rerun.log').text
assert !staging.exists()
assert new File(site, 'fr/demo/index.html').getText('UTF-8').contains('Un nouvel examen qui montre')
return true
