package org.patientleaflets.render;

import freemarker.template.TemplateException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.patientleaflets.config.BuildConfig;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.model.SourcePosition;

/** A template of the theme failed while rendering a page. */
public final class ThemeException extends RuntimeException {

    static final String RULE = "template";

    private final String templateName;
    private final int line;
    private final int column;

    public ThemeException(String templateName, TemplateException cause) {
        super(cause.getMessageWithoutStackTop(), cause);
        this.templateName = cause.getTemplateSourceName() != null ? cause.getTemplateSourceName() : templateName;
        this.line = cause.getLineNumber() != null ? cause.getLineNumber() : 1;
        this.column = cause.getColumnNumber() != null ? cause.getColumnNumber() : 1;
    }

    /** The failure as a finding in the template file the user can edit, or in the default theme. */
    public Diagnostic toDiagnostic(BuildConfig config) {
        Path own = config.templatesDirectory().resolve(templateName);
        Path shown = Files.isRegularFile(own)
                ? config.relative(own)
                : Path.of("default-theme:" + Theme.DEFAULT_THEME.substring(1) + "/" + templateName);
        return Diagnostic.error(new SourcePosition(shown, line, column), RULE, "the template failed: " + getMessage());
    }
}
