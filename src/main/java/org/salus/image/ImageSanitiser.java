package org.salus.image;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import net.coobird.thumbnailator.Thumbnails;

/**
 * Turns an upload into the renditions the site serves, or refuses it. Nothing of the uploaded file
 * reaches a reader: it is decoded to pixels and every size is encoded anew, so metadata (location,
 * camera, comments), trailing data and anything else a polyglot file hides are gone. Only PNG, JPEG
 * and GIF are read (GIF becomes PNG, its first frame); SVG is refused, since an SVG can carry
 * script and is never served as SVG here. The pixel count is checked from the header before
 * decoding, so a decompression bomb costs nothing.
 */
final class ImageSanitiser {

    private static final float JPEG_QUALITY = 0.85f;

    private final ImageProperties limits;

    ImageSanitiser(ImageProperties limits) {
        this.limits = limits;
    }

    /** The renditions of {@code upload}, narrowest first. */
    List<Rendition> renditions(byte[] upload) throws ImageRefusal {
        if (upload.length == 0) {
            throw new ImageRefusal("image.refused.empty");
        }
        if (upload.length > limits.maxBytes().toBytes()) {
            throw new ImageRefusal("image.refused.tooLarge");
        }
        Kind kind = Kind.of(upload);
        if (kind == Kind.PNG && hasDataAfterPngEnd(upload)) {
            throw new ImageRefusal("image.refused.trailing");
        }
        BufferedImage pixels = normalised(decode(upload, kind), kind.lossy);
        List<Rendition> out = new ArrayList<>();
        for (int width : widthsFor(pixels.getWidth())) {
            out.add(encode(resized(pixels, width, kind.lossy), kind.lossy));
        }
        return out;
    }

    /**
     * A PNG ends with its IEND chunk; bytes after it are how polyglots (PNG and HTML, PNG and ZIP)
     * are made, and no image editor writes them. Re-encoding would drop them anyway; refusing says
     * so. (JPEGs are not held to this: cameras append data after the end marker.)
     */
    private static boolean hasDataAfterPngEnd(byte[] png) {
        int at = 8; // after the signature: chunks of length, type, data, CRC
        while (at + 8 <= png.length) {
            long length = ((png[at] & 0xFFL) << 24)
                    | ((png[at + 1] & 0xFF) << 16)
                    | ((png[at + 2] & 0xFF) << 8)
                    | (png[at + 3] & 0xFF);
            boolean end = png[at + 4] == 'I' && png[at + 5] == 'E' && png[at + 6] == 'N' && png[at + 7] == 'D';
            long next = at + 12L + length;
            if (end) {
                return next < png.length;
            }
            if (next > png.length) {
                return false; // truncated: the decoder says so
            }
            at = (int) next;
        }
        return false;
    }

    /** The widths below the image's own, then its own (capped at the widest configured). */
    List<Integer> widthsFor(int own) {
        TreeSet<Integer> widths = new TreeSet<>();
        int widest = limits.widths().stream().max(Integer::compare).orElse(own);
        for (int width : limits.widths()) {
            if (width < own) {
                widths.add(width);
            }
        }
        widths.add(Math.min(own, widest));
        return List.copyOf(widths);
    }

    private BufferedImage decode(byte[] upload, Kind kind) throws ImageRefusal {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(kind.readerName);
            if (!readers.hasNext()) {
                throw new ImageRefusal("image.refused.type");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true); // metadata is never read, let alone kept
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0) {
                    throw new ImageRefusal("image.refused.unreadable");
                }
                if (pixels > limits.maxPixels()) {
                    throw new ImageRefusal("image.refused.pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // A truncated or malformed file, or a polyglot whose image part does not decode.
            throw new ImageRefusal("image.refused.unreadable");
        }
    }

    /** The pixels drawn into a plain RGB (photos) or ARGB (drawings) raster: no palette, no profile. */
    private static BufferedImage normalised(BufferedImage decoded, boolean lossy) {
        int type = lossy ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
        BufferedImage plain = new BufferedImage(decoded.getWidth(), decoded.getHeight(), type);
        Graphics2D g = plain.createGraphics();
        try {
            if (lossy) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, plain.getWidth(), plain.getHeight());
            }
            g.drawImage(decoded, 0, 0, null);
        } finally {
            g.dispose();
        }
        return plain;
    }

    private static BufferedImage resized(BufferedImage pixels, int width, boolean lossy) {
        if (width == pixels.getWidth()) {
            return pixels;
        }
        try {
            return Thumbnails.of(pixels)
                    .width(width)
                    .imageType(lossy ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB)
                    .asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Rendition encode(BufferedImage pixels, boolean lossy) {
        byte[] bytes = lossy ? jpeg(pixels) : png(pixels);
        String name = hash(bytes) + "-" + pixels.getWidth() + (lossy ? ".jpg" : ".png");
        return new Rendition(pixels.getWidth(), pixels.getHeight(), name, lossy ? "image/jpeg" : "image/png", bytes);
    }

    private static byte[] png(BufferedImage pixels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(pixels, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage pixels) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(pixels, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** 20 hex digits (80 bits) of the SHA-256 of the bytes: names are content-addressed. */
    private static String hash(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return HexFormat.of().formatHex(digest).substring(0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the first bytes say the file is; the name and the browser's type are not trusted. */
    private enum Kind {
        PNG("png", false),
        JPEG("jpeg", true),
        GIF("gif", false);

        final String readerName;
        final boolean lossy;

        Kind(String readerName, boolean lossy) {
            this.readerName = readerName;
            this.lossy = lossy;
        }

        static Kind of(byte[] b) throws ImageRefusal {
            if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
                return PNG;
            }
            if (starts(b, 0xFF, 0xD8, 0xFF)) {
                return JPEG;
            }
            if (starts(b, 'G', 'I', 'F', '8')) {
                return GIF;
            }
            String head =
                    new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            throw new ImageRefusal(head.contains("<svg") ? "image.refused.svg" : "image.refused.type");
        }

        private static boolean starts(byte[] b, int... magic) {
            if (b.length < magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if ((b[i] & 0xFF) != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
