package com.salespact.browser;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link BrowserTest} class: one production jar for all its tests, started before the first (on a fresh data
 * directory) and stopped after the last, its data deleted; the tests reach it as {@link BrowserTest#app}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@interface SharedJar {

    /** Names the log (target/browser-test/salespact-{name}.log) and the data directory. */
    String value();

    /** Extra command-line arguments, e.g. {@code --salespact.wall.stale-seconds=3}. */
    String[] arguments() default {};

    /** How java is called. */
    SalesPactJar.Launch launch() default SalesPactJar.Launch.AS_IN_PRODUCTION;
}
