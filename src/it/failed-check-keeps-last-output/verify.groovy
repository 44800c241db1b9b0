// A build whose check fails leaves the last good site exactly as it was.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[ERROR] broken-content/demo/fr.md:1:1: error: required section 'risks' is missing")
assert log.contains('The site in target/leaflets/site was left as it was.')

def site = new File(basedir, 'target/leaflets/site')
def french = new File(site, 'fr/demo/index.html').getText('UTF-8')
assert french.contains('Un examen qui montre les artères du cœur.')
assert !french.contains('Texte modifié')
assert french.contains('Quels sont les risques')
assert !new File(basedir, 'target/leaflets/.site.staging').exists()
return true
