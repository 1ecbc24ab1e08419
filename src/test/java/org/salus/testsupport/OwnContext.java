package org.salus.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives a test class a Spring context of its own, named {@link #value()}, instead of the one Spring
 * would otherwise share with every test class of the same configuration. Use it for tests that
 * change state other classes rely on: a separate context has its own in-memory H2 database, search
 * index folder, caches and beans (see {@code src/test/resources/config/application.properties}), so
 * what such a test publishes, imports, deletes or locks never shows up in another class's context.
 *
 * <p>Classes naming the same context share it (with the same other configuration), so a few classes
 * that write the same kind of data can still start one context between them:
 * {@code @SpringBootTest @OwnContext("admin")}. The name only has to be unique for what it keeps
 * apart; the context costs a start-up of a few seconds, so do not add one where sharing is harmless.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(OwnContext.Factory.class)
public @interface OwnContext {

    /** The context's name: a short word for what the tests in it change, such as {@code "stories"}. */
    String value();

    /** Adds the name to the test's context configuration, which Spring compares to reuse a context. */
    final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            OwnContext own = TestContextAnnotationUtils.findMergedAnnotation(testClass, OwnContext.class);
            return own == null ? null : new Named(own.value());
        }
    }

    /** Changes nothing in the context; being part of its configuration (equal by name) is its work. */
    record Named(String name) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {}
    }
}
