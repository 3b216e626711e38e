package se.connectbot.core.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;
import se.connectbot.portal.api.ServiceDetail.MonthlyUsage;

/**
 * A subscription's data use per month as a PNG: bars for the months, a line for the allowance.
 * Drawn on its own solid mid-grey-blue card with white text and light bars, so it reads the same
 * in a chat's light and dark themes (a transparent chart vanishes in one of them). Headless: Spring
 * Boot sets {@code java.awt.headless}, and a JVM without a display chooses it by itself; fonts come
 * from fontconfig (STACK.md trap 10). Stateless.
 */
final class UsageChart {

    static final int WIDTH = 800;
    static final int HEIGHT = 450;

    private static final Color CARD = new Color(0x3B, 0x4A, 0x5E);
    private static final Color TEXT = Color.WHITE;
    private static final Color GRID = new Color(0x6B, 0x7A, 0x8E);
    private static final Color BARS = new Color(0x8F, 0xC7, 0xF0);
    private static final Color ALLOWANCE = new Color(0xFF, 0xC8, 0x57);

    private UsageChart() {
    }

    /** Labels in the reader's language; {@code allowanceMb} null for unlimited. */
    record Labels(String title, String subtitle, String used, String allowance, String axis) {
    }

    static byte[] png(List<MonthlyUsage> months, @Nullable Long allowanceMb, Labels labels) {
        DefaultCategoryDataset used = new DefaultCategoryDataset();
        DefaultCategoryDataset allowance = new DefaultCategoryDataset();
        for (MonthlyUsage month : months) {
            used.addValue(month.dataUsedMb() / 1024.0, labels.used(), month.month().toString());
            if (allowanceMb != null) {
                allowance.addValue(allowanceMb / 1024.0, labels.allowance(), month.month().toString());
            }
        }
        CategoryPlot plot = new CategoryPlot(used, axis(), numberAxis(labels.axis()), bars());
        if (allowanceMb != null) {
            plot.setDataset(1, allowance);
            plot.setRenderer(1, line());
        }
        plot.setBackgroundPaint(CARD);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        JFreeChart chart = new JFreeChart(labels.title(), new Font(Font.SANS_SERIF, Font.BOLD, 20), plot, true);
        chart.setBackgroundPaint(CARD);
        chart.getTitle().setPaint(TEXT);
        TextTitle subtitle = new TextTitle(labels.subtitle(), new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        subtitle.setPaint(TEXT);
        chart.addSubtitle(subtitle);
        chart.getLegend().setBackgroundPaint(CARD);
        chart.getLegend().setItemPaint(TEXT);
        return encode(chart.createBufferedImage(WIDTH, HEIGHT));
    }

    private static CategoryAxis axis() {
        CategoryAxis axis = new CategoryAxis();
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(TEXT);
        axis.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        // "2026-01" in full under each bar, rather than cut to "20…"
        axis.setMaximumCategoryLabelWidthRatio(1.6f);
        return axis;
    }

    private static NumberAxis numberAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(TEXT);
        return axis;
    }

    private static BarRenderer bars() {
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, BARS);
        return renderer;
    }

    private static LineAndShapeRenderer line() {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ALLOWANCE);
        renderer.setSeriesStroke(0, new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {8f, 6f}, 0f));
        return renderer;
    }

    private static byte[] encode(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
