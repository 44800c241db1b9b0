#!/usr/bin/env python3
"""Makes a benchmark project of N synthetic leaflets that passes every check of this plugin.

The shared generator writes the texts; this adds what the plugin's content format asks for beyond its keys
(owner, specialty, summary, an approval on the text's date, a review date after the build time), drops the keys the plugin does not know,
and writes the project's pom.xml, .mvn/jvm.config and site.yaml beside the content.

Usage: corpus.py GENERATOR COUNT PROJECT_DIR PLUGIN_VERSION
"""
import pathlib
import re
import subprocess
import sys

POM = """<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.patientleaflets.bench</groupId>
  <artifactId>corpus-{count}</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <properties>
    <project.build.outputTimestamp>2026-11-27T00:00:00Z</project.build.outputTimestamp>
  </properties>
  <build>
    <plugins>
      <plugin>
        <groupId>org.patientleaflets</groupId>
        <artifactId>leaflet-maven-plugin</artifactId>
        <version>{version}</version>
      </plugin>
    </plugins>
  </build>
</project>
"""

# The generator's random words score low on readability scales; the check still runs on every text.
SITE = """name:
  fr: Hôpital de démonstration
  en: Demonstration hospital
baseUrl: https://leaflets.example.org/
languages: [fr, en]
phoneRegion: BE
readability: {fr: 0, en: 0}
requiredSections:
  risks:
    fr: ["Quels sont les risques ?"]
    en: ["What are the risks?"]
  contact:
    fr: ["Contact"]
    en: ["Contact"]
"""

ADDED = {
    "fr": 'owner: "Secrétariat du service"\nspecialty: "Médecine"\nsummary: "Ce que vous devez savoir."\n',
    "en": 'owner: "Department office"\nspecialty: "Medicine"\nsummary: "What you need to know."\n',
}

# Maven's JVM settings for a large site, as README recommends: a build of a few seconds spends more time
# compiling with C2 than C2 gives back, and a bounded heap with the serial collector keeps memory low.
JVM = "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx384m\n"

APPROVER = {"fr": "Comité des brochures", "en": "Leaflet committee"}


def adapt(text, language):
    head, body = text.split("\n---\n", 1)
    head = re.sub(r"^(slug|lang): .*\n", "", head + "\n", flags=re.M)
    head = re.sub(r"^review-by: .*$", "review-by: 2099-01-01", head, flags=re.M)
    approved_on = re.search(r"^date: (.*)$", head, flags=re.M).group(1)
    approval = f'approved-by: "{APPROVER[language]}"\napproved-on: {approved_on}\n'
    return head + ADDED[language] + approval + "---\n" + body


def main():
    generator, count, project, version = sys.argv[1], int(sys.argv[2]), pathlib.Path(sys.argv[3]), sys.argv[4]
    content = project / "content"
    subprocess.run([sys.executable, generator, "-n", str(count), "-o", str(content), "--layout", "pair"],
                   check=True, stdout=subprocess.DEVNULL)
    for text in content.glob("*/*.md"):
        text.write_text(adapt(text.read_text(encoding="utf-8"), text.stem), encoding="utf-8")
    (content / "site.yaml").write_text(SITE, encoding="utf-8")
    (project / "pom.xml").write_text(POM.format(count=count, version=version), encoding="utf-8")
    (project / ".mvn").mkdir(exist_ok=True)
    (project / ".mvn" / "jvm.config").write_text(JVM, encoding="utf-8")


if __name__ == "__main__":
    main()
