package org.salus.image;

import static org.salus.db.SqlTimes.instant;
import static org.salus.db.SqlTimes.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Tables {@code image} and {@code image_rendition}: the only SQL that names them. */
@Repository
class ImageStore {

    private static final String COLUMNS =
            "i.id, i.slug, i.width, i.height, i.alt_en, i.alt_es, i.caption_en, i.caption_es, i.credit, i.licence,"
                    + " i.uploaded_by, i.uploaded_at, r.width AS r_width, r.height AS r_height, r.file_name";

    private final JdbcClient jdbc;

    ImageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String slug) {
        return jdbc.sql("SELECT COUNT(*) FROM image WHERE slug = :slug")
                        .param("slug", slug)
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Transactional
    long insert(ImageUpload upload, List<Rendition> renditions, String by, Instant at) {
        Rendition largest = renditions.get(renditions.size() - 1);
        jdbc.sql("INSERT INTO image (slug, width, height, alt_en, alt_es, caption_en, caption_es, credit, licence,"
                        + " uploaded_by, uploaded_at) VALUES (:slug, :w, :h, :altEn, :altEs, :capEn, :capEs, :credit,"
                        + " :licence, :by, :at)")
                .param("slug", upload.slug())
                .param("w", largest.width())
                .param("h", largest.height())
                .param("altEn", upload.altEn())
                .param("altEs", upload.altEs())
                .param("capEn", upload.captionEn())
                .param("capEs", upload.captionEs())
                .param("credit", upload.credit())
                .param("licence", upload.licence())
                .param("by", by)
                .param("at", utc(at))
                .update();
        long id = jdbc.sql("SELECT id FROM image WHERE slug = :slug")
                .param("slug", upload.slug())
                .query(Long.class)
                .single();
        for (Rendition r : renditions) {
            jdbc.sql("INSERT INTO image_rendition (image_id, width, height, file_name, content_type, bytes)"
                            + " VALUES (:id, :w, :h, :name, :type, :bytes)")
                    .param("id", id)
                    .param("w", r.width())
                    .param("h", r.height())
                    .param("name", r.fileName())
                    .param("type", r.contentType())
                    .param("bytes", r.bytes())
                    .update();
        }
        return id;
    }

    Optional<ImageInfo> find(String slug) {
        return select("WHERE i.slug = :slug", Map.of("slug", slug)).stream().findFirst();
    }

    Optional<ImageInfo> find(long id) {
        return select("WHERE i.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Every image, newest first. */
    List<ImageInfo> all() {
        List<ImageInfo> all = select("", Map.of());
        java.util.Collections.reverse(all);
        return all;
    }

    /** The bytes and type of a rendition by its file name. */
    Optional<Rendition> rendition(String fileName) {
        return jdbc.sql("SELECT width, height, file_name, content_type, bytes FROM image_rendition"
                        + " WHERE file_name = :name")
                .param("name", fileName)
                .query((rs, n) ->
                        new Rendition(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getBytes(5)))
                .optional();
    }

    private List<ImageInfo> select(String where, Map<String, ?> params) {
        Map<Long, ImageInfo> images = new LinkedHashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM image i JOIN image_rendition r ON r.image_id = i.id " + where
                        + " ORDER BY i.id, r.width")
                .params(params)
                .query(rs -> {
                    long id = rs.getLong("id");
                    ImageInfo image = images.computeIfAbsent(id, key -> {
                        try {
                            return new ImageInfo(
                                    key,
                                    rs.getString("slug"),
                                    rs.getInt("width"),
                                    rs.getInt("height"),
                                    rs.getString("alt_en"),
                                    rs.getString("alt_es"),
                                    rs.getString("caption_en"),
                                    rs.getString("caption_es"),
                                    rs.getString("credit"),
                                    rs.getString("licence"),
                                    rs.getString("uploaded_by"),
                                    instant(rs, "uploaded_at"),
                                    new ArrayList<>());
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                    image.sizes()
                            .add(new ImageInfo.Size(
                                    rs.getInt("r_width"), rs.getInt("r_height"), rs.getString("file_name")));
                });
        return new ArrayList<>(images.values());
    }
}
