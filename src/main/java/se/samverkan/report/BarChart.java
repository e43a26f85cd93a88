package se.samverkan.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * A horizontal stacked bar per row, as an opaque PNG (PDF/A allows no transparency groups without care) with no text
 * in it: the labels and numbers are in the document's text and the image's alternative text.
 */
final class BarChart {

    static final Color GREEN = new Color(0x2E7D32);
    static final Color AMBER = new Color(0xF9A825);
    static final Color RED = new Color(0xC62828);

    private static final int WIDTH = 1000;
    private static final int BAR = 28;
    private static final int GAP = 14;

    private BarChart() {
    }

    /** One bar per row; each row's values are drawn left to right in the given colours, scaled to the largest sum. */
    static byte[] png(List<int[]> rows, Color... colours) {
        int height = Math.max(1, rows.size()) * (BAR + GAP) + GAP;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            int max = rows.stream().mapToInt(r -> java.util.Arrays.stream(r).sum()).max().orElse(0);
            int y = GAP;
            for (int[] row : rows) {
                int x = 0;
                for (int i = 0; i < row.length; i++) {
                    int w = max == 0 ? 0 : Math.round((float) row[i] * (WIDTH - 2) / max);
                    g.setColor(colours[i % colours.length]);
                    g.fillRect(x, y, w, BAR);
                    x += w;
                }
                g.setColor(new Color(0x777777));
                g.drawLine(0, y - GAP / 2, 0, y + BAR + GAP / 2);
                y += BAR + GAP;
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
