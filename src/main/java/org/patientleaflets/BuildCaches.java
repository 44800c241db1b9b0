package org.patientleaflets;

import org.patientleaflets.check.FindingsCache;
import org.patientleaflets.content.TextCache;
import org.patientleaflets.site.PageCache;

/** What one build keeps for the next: the texts it read, the findings it made, the pages it rendered. */
record BuildCaches(TextCache texts, FindingsCache findings, PageCache pages) {

    /** Nothing kept: a single build does everything anew. */
    static BuildCaches none() {
        return new BuildCaches(TextCache.none(), FindingsCache.none(), PageCache.none());
    }

    /** Everything kept, for builds again and again in one JVM. */
    static BuildCaches kept() {
        return new BuildCaches(TextCache.kept(), FindingsCache.kept(), PageCache.kept());
    }
}
