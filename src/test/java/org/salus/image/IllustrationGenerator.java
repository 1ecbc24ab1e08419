package org.salus.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Draws the sample articles' illustrations with Java2D: our own simple diagrams, no copied image
 * and no text (the words are the figure's alt text and caption, in each article's language).
 * Run from the repository's root to redraw them:
 * {@code java src/test/java/org/salus/image/IllustrationGenerator.java}. The bundled PNGs are its
 * output; the site re-encodes them like any upload.
 */
public final class IllustrationGenerator {

    static final int WIDTH = 1200;
    static final int HEIGHT = 750;
    static final Path FOLDER = Path.of("src/main/resources/content/images");

    private static final Color GLUCOSE = new Color(0xD3, 0x54, 0x00);
    private static final Color INSULIN = new Color(0x1F, 0x5F, 0x99);

    private IllustrationGenerator() {}

    public static void main(String[] args) throws IOException {
        Files.createDirectories(FOLDER);
        ImageIO.write(
                insulinResistance(),
                "png",
                FOLDER.resolve("insulin-resistance-diagram.png").toFile());
        ImageIO.write(
                acanthosisNigricans(),
                "png",
                FOLDER.resolve("acanthosis-nigricans-neck.png").toFile());
    }

    /** A blood vessel full of glucose and insulin beside a body cell whose doors stay mostly shut. */
    static BufferedImage insulinResistance() {
        BufferedImage image = canvas();
        Graphics2D g = pen(image);
        Random random = new Random(19);
        // The blood vessel, left.
        g.setColor(new Color(0xFB, 0xDA, 0xDA));
        g.fill(new RoundRectangle2D.Double(60, 60, 300, 630, 140, 140));
        g.setColor(new Color(0xB0, 0x3A, 0x2E));
        g.setStroke(new BasicStroke(10));
        g.draw(new RoundRectangle2D.Double(60, 60, 300, 630, 140, 140));
        for (int i = 0; i < 22; i++) {
            glucose(g, 110 + random.nextInt(200), 110 + random.nextInt(530));
        }
        for (int i = 0; i < 8; i++) {
            insulin(g, 110 + random.nextInt(200), 110 + random.nextInt(530));
        }
        // The cell, right, with its membrane.
        Ellipse2D cell = new Ellipse2D.Double(560, 110, 560, 530);
        g.setColor(new Color(0xDF, 0xF3, 0xE4));
        g.fill(cell);
        g.setColor(new Color(0x2E, 0x6B, 0x3A));
        g.setStroke(new BasicStroke(12));
        g.draw(cell);
        g.setColor(new Color(0xB9, 0xDC, 0xC2));
        g.fill(new Ellipse2D.Double(780, 300, 150, 130)); // nucleus
        // Doors (receptors) on the membrane's left side, each with the way to it from the vessel:
        // one opens and lets glucose in, three stay shut.
        double cx = 840;
        double cy = 375;
        for (int i = 0; i < 4; i++) {
            double angle = Math.toRadians(148 + i * 21);
            double x = cx + 280 * Math.cos(angle);
            double y = cy + 265 * Math.sin(angle);
            boolean open = i == 2;
            receptor(g, x, y, open);
            arrow(g, 380, y, open ? x + 70 : x - 30, y, open);
        }
        // A little glucose inside the cell.
        glucose(g, 700, 330);
        glucose(g, 990, 480);
        g.dispose();
        return image;
    }

    /** The back of a neck and shoulders with a darker, velvety band, and a magnified circle of it. */
    static BufferedImage acanthosisNigricans() {
        BufferedImage image = canvas();
        Graphics2D g = pen(image);
        Color skin = new Color(0xE0, 0xB0, 0x8A);
        Color patch = new Color(0x7A, 0x52, 0x36);
        // Shoulders and neck.
        Path2D body = new Path2D.Double();
        body.moveTo(60, 750);
        body.curveTo(80, 560, 250, 520, 360, 500);
        body.curveTo(400, 470, 410, 400, 405, 300);
        body.lineTo(595, 300);
        body.curveTo(590, 400, 600, 470, 640, 500);
        body.curveTo(750, 520, 920, 560, 940, 750);
        body.closePath();
        g.setColor(skin);
        g.fill(body);
        // Head (hair) above the neck.
        g.setColor(new Color(0x3B, 0x2A, 0x20));
        g.fill(new Ellipse2D.Double(340, 20, 320, 320));
        // The darker patch across the nape, uneven at its edges, with fine ridges.
        Path2D band = new Path2D.Double();
        band.moveTo(404, 372);
        band.curveTo(450, 352, 550, 356, 597, 368);
        band.curveTo(600, 400, 602, 430, 606, 452);
        band.curveTo(560, 470, 520, 462, 490, 472);
        band.curveTo(450, 470, 420, 462, 398, 450);
        band.curveTo(402, 420, 404, 400, 404, 372);
        band.closePath();
        g.setColor(patch);
        g.fill(band);
        g.setClip(band);
        g.setColor(patch.darker());
        g.setStroke(new BasicStroke(2.5f));
        for (int x = 404; x < 606; x += 9) {
            g.drawLine(x, 350, x + 5, 480);
        }
        g.setClip(null);
        // The magnifier: a circle showing the thick, velvety skin, joined to the band.
        g.setColor(new Color(0x55, 0x55, 0x55));
        g.setStroke(new BasicStroke(6));
        g.drawLine(600, 410, 830, 260);
        Ellipse2D lens = new Ellipse2D.Double(820, 90, 330, 330);
        g.setColor(patch);
        g.fill(lens);
        g.setClip(lens);
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(patch.darker().darker());
        for (int x = 830; x < 1160; x += 26) {
            Path2D ridge = new Path2D.Double();
            ridge.moveTo(x, 90);
            for (int y = 90; y <= 420; y += 30) {
                ridge.lineTo(x + ((y / 30) % 2 == 0 ? 6 : -6), y);
            }
            g.draw(ridge);
        }
        g.setClip(null);
        g.setColor(new Color(0x33, 0x33, 0x33));
        g.setStroke(new BasicStroke(10));
        g.draw(lens);
        g.dispose();
        return image;
    }

    private static BufferedImage canvas() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xF5, 0xF8, 0xFC));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.dispose();
        return image;
    }

    private static Graphics2D pen(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }

    /** Glucose: an orange hexagon. */
    private static void glucose(Graphics2D g, double x, double y) {
        Path2D hexagon = new Path2D.Double();
        for (int i = 0; i < 6; i++) {
            double a = Math.toRadians(60 * i);
            double px = x + 16 * Math.cos(a);
            double py = y + 16 * Math.sin(a);
            if (i == 0) {
                hexagon.moveTo(px, py);
            } else {
                hexagon.lineTo(px, py);
            }
        }
        hexagon.closePath();
        g.setColor(GLUCOSE);
        g.fill(hexagon);
    }

    /** Insulin: a blue key (a ring and a short blade). */
    private static void insulin(Graphics2D g, double x, double y) {
        g.setColor(INSULIN);
        g.setStroke(new BasicStroke(6));
        g.draw(new Ellipse2D.Double(x - 12, y - 12, 24, 24));
        g.fill(new RoundRectangle2D.Double(x + 10, y - 4, 28, 8, 4, 4));
        g.fill(new RoundRectangle2D.Double(x + 28, y, 6, 10, 2, 2));
    }

    /** A receptor on the membrane: a dark cup, with a gap when open. */
    private static void receptor(Graphics2D g, double x, double y, boolean open) {
        g.setColor(open ? new Color(0x1F, 0x5F, 0x99) : new Color(0x55, 0x55, 0x55));
        g.fill(new RoundRectangle2D.Double(x - 18, y - 30, 36, 60, 14, 14));
        g.setColor(open ? new Color(0xDF, 0xF3, 0xE4) : new Color(0x99, 0x99, 0x99));
        g.fill(new RoundRectangle2D.Double(x - 7, y - (open ? 30 : 18), 14, open ? 60 : 36, 6, 6));
    }

    private static void arrow(Graphics2D g, double x1, double y1, double x2, double y2, boolean through) {
        g.setColor(through ? new Color(0x1F, 0x5F, 0x99) : new Color(0x9A, 0x2A, 0x20));
        g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new java.awt.geom.Line2D.Double(x1, y1, x2, y2));
        double angle = Math.atan2(y2 - y1, x2 - x1);
        Path2D head = new Path2D.Double();
        head.moveTo(x2, y2);
        head.lineTo(x2 - 22 * Math.cos(angle - 0.45), y2 - 22 * Math.sin(angle - 0.45));
        head.lineTo(x2 - 22 * Math.cos(angle + 0.45), y2 - 22 * Math.sin(angle + 0.45));
        head.closePath();
        g.fill(head);
        if (!through) { // a bar where the way in is shut
            double bx = x2 + 8 * Math.cos(angle);
            double by = y2 + 8 * Math.sin(angle);
            g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new java.awt.geom.Line2D.Double(
                    bx - 22 * Math.sin(angle),
                    by + 22 * Math.cos(angle),
                    bx + 22 * Math.sin(angle),
                    by - 22 * Math.cos(angle)));
        }
    }
}
