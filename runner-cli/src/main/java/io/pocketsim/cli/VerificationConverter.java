package io.pocketsim.cli;

import io.pocketsim.postprocess.store.Verification;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --verify full|quick}. */
final class VerificationConverter implements ITypeConverter<Verification> {
    @Override
    public Verification convert(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "full" -> Verification.FULL;
            case "quick" -> Verification.QUICK;
            default -> throw new TypeConversionException("'" + value + "' is not allowed; allowed: full, quick");
        };
    }
}
