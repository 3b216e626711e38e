package se.connectbot.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import se.connectbot.portal.api.ServiceDetail.MonthlyUsage;

/** The usage chart decodes as a PNG of its size, drawn on its own solid card (readable on light and dark chat themes). */
class UsageChartTest {

    @Test
    void drawsAPngOfItsSizeOnASolidCard() throws IOException {
        List<MonthlyUsage> months = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            months.add(new MonthlyUsage(YearMonth.of(2026, 1).plusMonths(i), 1024L * (i + 1)));
        }
        byte[] png = UsageChart.png(months, 10240L, new UsageChart.Labels("Dataförbrukning 070-123 45 67", "Karin Ahl, Mobil Bas",
                "Förbrukat (GB)", "Datapott (GB)", "GB"));

        // kept for a person to look at: target/usage-chart.png
        java.nio.file.Files.write(java.nio.file.Path.of("target", "usage-chart.png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(UsageChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(UsageChart.HEIGHT);
        assertThat(png.length).isBetween(5_000, 200_000);
        int corner = image.getRGB(2, 2);
        assertThat(corner & 0xFFFFFF).as("an opaque mid-tone card, not white or transparent").isEqualTo(0x3B4A5E);
        assertThat(corner >>> 24).isEqualTo(0xFF);
    }

    @Test
    void drawsAnUnlimitedSubscriptionWithoutAnAllowanceLine() throws IOException {
        byte[] png = UsageChart.png(List.of(new MonthlyUsage(YearMonth.of(2026, 12), 30720)), null,
                new UsageChart.Labels("Data use", "x", "Used (GB)", "Allowance (GB)", "GB"));
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(UsageChart.WIDTH);
    }
}
