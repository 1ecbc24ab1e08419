package org.salus.dictionary.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.salus.article.Slugs;

/**
 * Which term holds which slug, as loaded by {@link NciSlugs} and extended as an import assigns
 * new ones. Slugs are unique across the whole dictionary, so a term whose natural slug belongs to
 * a different term (another source, or another id of the same source) gets a suffix:
 * {@code insulin-nci}, then {@code insulin-nci-2}, ... A term that already has a slug keeps it.
 */
final class SlugBook {

    /** Terms are identified by source and source id. */
    record Owner(String source, String sourceId) {}

    private final Map<String, Owner> ownerBySlug = new HashMap<>();
    private final Map<Owner, String> slugByOwner = new HashMap<>();
    private final Set<Owner> stored = new HashSet<>();

    /** Records a term as stored before this import. {@code sourceId} may be {@code null}. */
    void stored(String slug, String source, String sourceId) {
        Owner owner = new Owner(source, sourceId);
        ownerBySlug.put(slug, owner);
        if (sourceId != null) {
            slugByOwner.put(owner, slug);
            stored.add(owner);
        }
    }

    /** True when the term was in the database before this import (it will be updated, not created). */
    boolean isStored(String source, String sourceId) {
        return stored.contains(new Owner(source, sourceId));
    }

    /**
     * The slug of the term {@code (source, sourceId)}: the one it has, or else {@code Slugs.of(name)}
     * made unique with {@code suffix} (e.g. {@code "-nci"}), which is then reserved for it.
     *
     * @return {@code null} when {@code name} gives no valid slug
     */
    String slugFor(String source, String sourceId, String name, String suffix) {
        Owner owner = new Owner(source, sourceId);
        String existing = slugByOwner.get(owner);
        if (existing != null) {
            return existing;
        }
        String base = Slugs.of(name);
        if (!Slugs.isValid(base)) {
            return null;
        }
        String slug = base;
        for (int n = 1; ownerBySlug.containsKey(slug); n++) {
            String tail = n == 1 ? suffix : suffix + "-" + n;
            slug = Slugs.of(base, Slugs.MAX_LENGTH - tail.length()) + tail;
        }
        ownerBySlug.put(slug, owner);
        slugByOwner.put(owner, slug);
        return slug;
    }
}
