package se.connectbot.core.topup;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.connectbot.core.dialog.Answer;
import se.connectbot.core.dialog.Prompt;
import se.connectbot.core.dialog.Step;
import se.connectbot.core.dialog.StepResult;
import se.connectbot.core.dialog.Turn;
import se.connectbot.core.i18n.Folding;
import se.connectbot.core.i18n.Formats;
import se.connectbot.portal.api.DataPackage;

/** Which data package, as the portal offers it for the subscription; typed as {@code 5GB}, {@code 5} or its name. */
final class PackageStep implements Step<TopUpState> {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,3}) ?gb?");

    @Override
    public String id() {
        return "package";
    }

    @Override
    public boolean answered(TopUpState state) {
        return state.packageId() != null;
    }

    @Override
    public Prompt prompt(Turn turn, TopUpState state) {
        List<DataPackage> packages = turn.request().portal().topUpPackages(state.serviceId());
        Formats f = turn.request().formats();
        List<Prompt.Option> options = packages.stream()
                .map(p -> Prompt.Option.of(p.name() + " – " + f.money(p.price()), p.id()))
                .toList();
        return Prompt.choose(turn.text("topup.package.which", TopUpView.subscription(state)), options);
    }

    @Override
    public StepResult<TopUpState> accept(Turn turn, TopUpState state, Answer answer) {
        List<DataPackage> packages = turn.request().portal().topUpPackages(state.serviceId());
        Optional<DataPackage> chosen = answer.picked()
                ? packages.stream().filter(p -> p.id().equals(answer.value())).findFirst()
                : match(packages, answer.folded());
        return chosen.map(p -> StepResult.next(state.withPackage(p)))
                .orElseGet(() -> StepResult.invalid(turn.text("topup.package.unknown", answer.value(),
                        packages.stream().map(DataPackage::name).collect(Collectors.joining(", ")))));
    }

    @Override
    public TopUpState clear(TopUpState state) {
        return state.withoutPackage();
    }

    static Optional<DataPackage> match(List<DataPackage> packages, String folded) {
        Optional<DataPackage> byName = packages.stream().filter(p -> Folding.fold(p.name()).equals(folded)).findFirst();
        if (byName.isPresent()) {
            return byName;
        }
        Matcher size = SIZE.matcher(folded);
        String digits = size.matches() ? size.group(1) : folded;
        if (!digits.matches("\\d{1,3}")) {
            return Optional.empty();
        }
        int gb = Integer.parseInt(digits);
        return packages.stream().filter(p -> p.dataGb() == gb).findFirst();
    }
}
