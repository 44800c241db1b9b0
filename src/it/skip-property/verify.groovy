// -Dleaflet.skip skips the goal, even in a project without content.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Skipping leaflet:build (leaflet.skip is true)')
assert !new File(basedir, 'target/leaflets').exists()
return true
