package org.patientleaflets.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The templates and assets pages are made with: the project's own {@code templates/} folder first, file by
 * file, then the default theme packaged in the plugin.
 */
public final class Theme {

    /** Where the default theme lies on the class path. */
    static final String DEFAULT_THEME = "/org/patientleaflets/theme";

    /** The assets of the theme, published under names that carry a hash of their content. */
    public static final List<String> ASSETS = List.of("assets/site.css", "assets/search.js", "assets/icon.svg");

    private final Path overrides;
    private final Configuration freemarker;

    public Theme(Path overrides) {
        this.overrides = overrides;
        this.freemarker = configuration(overrides);
    }

    private static Configuration configuration(Path overrides) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (Files.isDirectory(overrides)) {
            try {
                loaders.add(new FileTemplateLoader(overrides.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read templates in " + overrides, e);
            }
        }
        loaders.add(new ClassTemplateLoader(Theme.class, DEFAULT_THEME));
        configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        configuration.setDefaultEncoding("UTF-8");
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setLocale(Locale.ROOT);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        return configuration;
    }

    /** Renders a template with one model object, named {@code page}. */
    public String render(String templateName, Object page) {
        try {
            Template template = freemarker.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(Map.of("page", page), out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + templateName, e);
        } catch (TemplateException e) {
            throw new ThemeException(templateName, e);
        }
    }

    /** The bytes of an asset: the project's own copy when it has one, else the default theme's. */
    public byte[] asset(String name) {
        Path own = overrides.resolve(name);
        try {
            if (Files.isRegularFile(own)) {
                return Files.readAllBytes(own);
            }
            try (InputStream in = Optional.ofNullable(Theme.class.getResourceAsStream(DEFAULT_THEME + "/" + name))
                    .orElseThrow(() -> new IllegalStateException("the default theme lacks " + name))) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme asset " + name, e);
        }
    }
}
