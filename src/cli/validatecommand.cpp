// tunebench-cli validate FILE: the Check page's findings, statistics and cost, headless.
#include "cliargs.h"
#include "commands.h"
#include "datasetreport.h"
#include "jsonout.h"

#include "dataset/datasetfixer.h"
#include "dataset/datasetstats.h"
#include "dataset/jsonlreader.h"
#include "dataset/modelcatalog.h"
#include "dataset/validationsetup.h"
#include "dataset/validator.h"

#include <QSaveFile>
#include <QString>

#include <iostream>
#include <set>
#include <sstream>

namespace tb::cli {

namespace {

constexpr const char *kUsage =
    "usage: tunebench-cli validate FILE [--model M] [--format chat|dpo|prompt-completion|sharegpt|alpaca|kto]\n"
    "                              [--epochs N] [--catalog models.json] [--json]\n"
    "                              [--fix drop-duplicates,drop-long,truncate-long,add-separator,add-leading-space --out FIXED]\n";

int usage(const std::string &why)
{
    if (!why.empty())
        std::cerr << "tunebench-cli validate: " << why << '\n';
    std::cerr << kUsage;
    return UsageError;
}

struct FixOutcome {
    std::uint64_t written = 0;
    std::uint64_t dropped = 0;
    std::uint64_t changed = 0;
};

bool writeFixed(const std::string &path, const std::string &out, core::DatasetFixer &fixer, FixOutcome &outcome)
{
    auto reader = core::JsonlReader::open(path);
    if (!reader) {
        std::cerr << "error: " << reader.error().message << '\n';
        return false;
    }
    QSaveFile file(QString::fromStdString(out));
    if (!file.open(QIODevice::WriteOnly)) {
        std::cerr << "error: " << out << ": cannot write (" << file.errorString().toStdString() << ")\n";
        return false;
    }
    core::JsonlLine line;
    std::uint64_t record = 0;
    while ((*reader)->next(line)) {
        if (line.text.find_first_not_of(" \t\r") == std::string::npos)
            continue; // blank lines are not records: the fixed file has none
        const auto fixed = fixer.apply(line.text, record++);
        if (!fixed)
            continue;
        const auto size = static_cast<qint64>(fixed->size());
        if (file.write(fixed->data(), size) != size || !file.putChar('\n')) {
            std::cerr << "error: " << out << ": write failed (" << file.errorString().toStdString() << ")\n";
            file.cancelWriting();
            return false;
        }
        ++outcome.written;
    }
    if (!file.commit()) {
        std::cerr << "error: " << out << ": cannot finish writing (" << file.errorString().toStdString() << ")\n";
        return false;
    }
    outcome.dropped = fixer.dropped();
    outcome.changed = fixer.changed();
    return true;
}

} // namespace

int runValidate(const std::vector<std::string> &argv)
{
    CliArgs args(argv, {"model", "format", "epochs", "catalog", "fix", "out"}, {"json"});
    if (!args.ok())
        return usage(args.error());
    if (args.positional().size() != 1)
        return usage(args.positional().empty() ? "name the training file to check" : "check one file at a time");
    const std::string path = args.positional().front();

    std::optional<core::ExportFormat> format;
    if (const auto name = args.value("format")) {
        format = core::exportFormatFromString(*name);
        if (!format)
            return usage("unknown format '" + *name + "'");
    }
    std::optional<int> epochs;
    if (const auto text = args.value("epochs")) {
        try {
            std::size_t used = 0;
            epochs = std::stoi(*text, &used);
            if (used != text->size() || *epochs < 1 || *epochs > 50)
                throw std::invalid_argument("range");
        } catch (const std::exception &) {
            return usage("--epochs takes a whole number from 1 to 50 (the API's range)");
        }
    }
    std::set<core::DatasetFix> fixes;
    if (const auto list = args.value("fix")) {
        if (const auto error = parseFixList(*list, fixes))
            return usage(*error);
        if (!args.value("out"))
            return usage("--fix writes the fixed file to --out FIXED");
    } else if (args.value("out")) {
        return usage("--out needs --fix");
    }

    auto catalog = args.value("catalog") ? core::ModelCatalog::fromFile(*args.value("catalog")) : core::ModelCatalog::bundled();
    if (!catalog) {
        std::cerr << "error: " << catalog.error().message << '\n';
        return InputErrors;
    }
    const std::string modelName = args.value("model").value_or(catalog->defaultModelId());
    const auto *model = catalog->find(modelName);
    if (!model) {
        std::string known;
        for (const auto &m : catalog->models())
            known += "\n  " + m.id;
        return usage("unknown model '" + modelName + "'; the catalog knows:" + known);
    }
    auto options = core::validationOptionsFor(*catalog, *model);
    if (!options) {
        std::cerr << "error: " << options.error().message << '\n';
        return InputErrors;
    }
    options->format = format;
    const auto accountant = options->accountants.at(model->encoding);
    core::Validator validator(*options);
    if (!validateFile(path, validator))
        return InputErrors;

    DatasetReport report{path, *catalog, *model, validator, epochs, {}};
    bool errorsLeft = validator.count(core::Severity::Error) > 0;
    if (!fixes.empty()) {
        FixOutcome outcome;
        core::DatasetFixer fixer(validator.fixPlan(), fixes, accountant);
        const std::string out = *args.value("out");
        if (!writeFixed(path, out, fixer, outcome))
            return InputErrors;
        // The fixed file is checked again: the exit code is about the file that will be uploaded.
        options->format = validator.format();
        core::Validator after(*options);
        if (!validateFile(out, after))
            return InputErrors;
        report.fix = FixReport{out, outcome.written, outcome.dropped, outcome.changed, after.count(core::Severity::Error),
                               after.count(core::Severity::Warning), after.findings()};
        errorsLeft = after.count(core::Severity::Error) > 0;
    }
    if (args.flag("json"))
        printJson(reportJson(report));
    else
        printReport(report, std::cout);
    return errorsLeft ? InputErrors : Success;
}

} // namespace tb::cli
