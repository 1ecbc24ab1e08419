package org.salus.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Image files for tests, good and bad, made here (nothing downloaded). */
final class TestImages {

    private TestImages() {}

    /** A real PNG or JPEG of the given size: two colour blocks. */
    static byte[] picture(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2E, 0x6B, 0x3A));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xD3, 0x54, 0x00));
        g.fillRect(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A valid PNG with an HTML page after its end: opened as HTML it runs a script. */
    static byte[] pngHtmlPolyglot() {
        return concat(
                picture("png", 40, 30),
                "<html><script>alert('polyglot')</script></html>".getBytes(StandardCharsets.UTF_8));
    }

    /** A valid JPEG carrying a script in a comment segment and after its end marker. */
    static byte[] jpegWithScript() {
        byte[] jpeg = picture("jpeg", 40, 30);
        byte[] comment = "<script>alert('comment')</script>".getBytes(StandardCharsets.US_ASCII);
        ByteBuffer withComment = ByteBuffer.allocate(jpeg.length + comment.length + 4);
        withComment.put(jpeg, 0, 2); // SOI
        withComment
                .put((byte) 0xFF)
                .put((byte) 0xFE)
                .putShort((short) (comment.length + 2))
                .put(comment);
        withComment.put(jpeg, 2, jpeg.length - 2);
        return concat(withComment.array(), "<script>alert('tail')</script>".getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * A decompression bomb: a small, valid PNG whose header declares 50,000 × 50,000 pixels
     * (2.5 billion, 10 GB as RGBA) with a checksum that matches, so only the pixel limit stops it.
     */
    static byte[] pngBomb() {
        byte[] png = picture("png", 8, 8);
        ByteBuffer b = ByteBuffer.wrap(png);
        b.putInt(16, 50_000).putInt(20, 50_000); // IHDR data starts at 16: width, height
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13); // chunk type and data
        b.putInt(29, (int) crc.getValue());
        return png;
    }

    static byte[] svgWithScript() {
        return ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                        + "<script>alert('svg')</script><rect width=\"10\" height=\"10\"/></svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    /** 50 MB that start like a PNG. */
    static byte[] fiftyMegabytes() {
        byte[] big = new byte[50 * 1024 * 1024];
        System.arraycopy(picture("png", 4, 4), 0, big, 0, 8);
        return big;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
