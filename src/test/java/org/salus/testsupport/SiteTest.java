package org.salus.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole site on a random port with the sample content, "now" pinned by {@link FixedClock},
 * an {@link Http} client bean for real requests ({@code @Autowired Http http}), {@link People}
 * to create editorial users and {@link Publisher} to put articles live.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({FixedClock.class, Http.class, People.class, Publisher.class})
public @interface SiteTest {}
