package org.salus.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.BootstrapUtils;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Spring reuses a cached context for every test class whose merged configuration is equal: these
 * compare the configurations Spring builds, without starting a context.
 */
class OwnContextTests {

    @Test
    void classesNamingDifferentContextsGetDifferentOnes() {
        assertThat(config(Stories.class)).isNotEqualTo(config(Admin.class));
    }

    @Test
    void aNamedContextIsNotTheSharedOne() {
        assertThat(config(Stories.class)).isNotEqualTo(config(Shared.class));
    }

    @Test
    void classesNamingTheSameContextShareIt() {
        assertThat(config(Stories.class)).isEqualTo(config(AlsoStories.class));
        assertThat(config(Shared.class)).isEqualTo(config(AlsoShared.class));
    }

    private static MergedContextConfiguration config(Class<?> testClass) {
        return BootstrapUtils.resolveTestContextBootstrapper(testClass).buildMergedContextConfiguration();
    }

    @SpringBootTest
    @OwnContext("stories")
    static class Stories {}

    @SpringBootTest
    @OwnContext("stories")
    static class AlsoStories {}

    @SpringBootTest
    @OwnContext("admin")
    static class Admin {}

    @SpringBootTest
    static class Shared {}

    @SpringBootTest
    static class AlsoShared {}
}
