<#ftl output_format="plainText" strip_whitespace=true>
<#-- A digest's e-mail edition as plain text, ready to paste into a message. The view wraps every paragraph. -->
${siteTitle} · Reading-group digest · ${status}

${title}
${titleRule}
When:  ${date}<#if time?has_content>, ${time}</#if>
<#if place?has_content>
Where: ${place}
</#if>
<#if hosts?has_content>
Hosts: ${hosts}
</#if>
Web:   ${webUrl}
<#if papers?has_content>

<#if papers?size == 1>
The paper
---------
<#else>
The papers
----------
</#if>
<#list papers as paper>

${paper.heading}
   ${paper.url}
<#if paper.authors?has_content>
   ${paper.authors}
</#if>
<#if paper.arxivUrl?has_content>
   arXiv: ${paper.arxivUrl}
</#if>

${paper.abstractText}
<#if paper.topicsText?has_content>
${paper.topicsText}
</#if>
<#if paper.noteText?has_content>

${paper.noteText}
</#if>
<#if paper.questionsText?has_content>

   Questions:
<#list paper.questionsText as question>
${question}
</#list>
</#if>
</#list>
</#if>
<#if notesText?has_content>

Notes
-----

${notesText}
<#elseif upcoming>

Notes will follow after the meeting.
</#if>

-- 
${siteTitle}
All digests: ${digestsUrl}
