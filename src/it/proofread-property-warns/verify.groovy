// -Dleaflet.proofread has Maven fetch LanguageTool, which the plugin does not carry, and read the texts with it:
// a typing mistake is a warning at its place.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("[WARNING] content/demo/fr.md:13:48: warning: 'paintes': Faute de frappe possible trouvée. Suggestions: pointes, maintes, peintes. Correct the word, or add it to content/dictionary.fr.txt if it is a correct term (FR_SPELLING_RULE) [proofreading]")
assert log.contains('BUILD SUCCESS')
return true
