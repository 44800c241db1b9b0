<#ftl output_format="plainText" strip_whitespace=true>
<#-- The summary of a version in the Atom feed: what changed, then each risk it adds, one a line. -->
<#import "partials/labels.ftlh" as l>
<#assign labels = l.labelsFor(page.language)>
${page.text}<#list page.newRisks as risk>${"\n"}${labels.newRisk} ${risk}</#list>
