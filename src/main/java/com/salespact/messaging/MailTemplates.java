package com.salespact.messaging;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders mail bodies (HTML and plain text) and the unsubscribe page from {@code templates/mail/}. Thymeleaf's engine
 * alone, called here and nowhere else: it is not Spring MVC's view technology in this app, so it cannot answer a
 * request meant for Vaadin's router. The templates hold layout only; every word comes in already translated.
 */
@Component
class MailTemplates {

    private final TemplateEngine engine = new TemplateEngine();

    MailTemplates() {
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setResolvablePatterns(Set.of("*" + suffix));
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    /** @param template e.g. "notification.html" or "notification.txt" */
    String render(String template, Locale locale, Map<String, Object> variables) {
        return engine.process(template, new Context(locale, variables));
    }
}
