package se.connectbot.core.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import se.connectbot.portal.api.ReportPage;

/**
 * Report building ({@code connectbot.reports.*}).
 *
 * @param sliceSize how many rows each of the portal's report slices is asked for: the
 *                  contract's maximum ({@value ReportPage#MAX_SIZE}) by default, since every
 *                  slice is a round trip and a 100,000-row report read 500 at a time spends most
 *                  of its time waiting for them; two slices are held at once while the next is
 *                  read ahead. Refused at start outside 1..{@value ReportPage#MAX_SIZE}.
 */
@ConfigurationProperties("connectbot.reports")
public record ReportProperties(@DefaultValue("" + ReportPage.MAX_SIZE) int sliceSize) {

    public ReportProperties {
        if (sliceSize < 1 || sliceSize > ReportPage.MAX_SIZE) {
            throw new IllegalArgumentException("connectbot.reports.slice-size must be 1.." + ReportPage.MAX_SIZE + ", not " + sliceSize);
        }
    }
}
