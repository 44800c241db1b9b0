// leaflet:new writes both texts with every required heading; leaflet:check then fails at each TODO left.
def log = new File(basedir, 'build.log').getText('UTF-8')
def french = new File(basedir, 'content/mitral-valve-repair/fr.md').getText('UTF-8')
def english = new File(basedir, 'content/mitral-valve-repair/en.md').getText('UTF-8')
assert log.contains('[INFO] Wrote content/mitral-valve-repair/fr.md')
assert log.contains('[INFO] Wrote content/mitral-valve-repair/en.md')
assert french.startsWith('---\ntitle: La réparation de la valve mitrale\nversion: 1\n')
assert french.contains('## Quels sont les risques ?\n\nTODO\n')
assert french.contains('## Qui contacter ?\n\nTODO\n')
assert english.startsWith('---\ntitle: TODO\n')
assert english.contains('translation-of: 1\n')
assert english.contains('## What are the risks?\n\nTODO\n')
assert log.contains("[ERROR] content/mitral-valve-repair/fr.md:6:8: error: 'owner' is still TODO: write the owner of this text [unfilled-placeholder]")
assert log.contains('[ERROR] content/mitral-valve-repair/fr.md:13:1: error: TODO marks text still to be written: replace it with what the patient needs to know here [unfilled-placeholder]')
assert log.contains("[ERROR] content/mitral-valve-repair/en.md:2:8: error: 'title' is still TODO: write the title of this text [unfilled-placeholder]")
assert !log.contains('[abbreviations]') : 'a placeholder is not an abbreviation'
assert log.contains('BUILD FAILURE')
return true
