#include "dataset/modelcatalog.h"

#include <QtTest>

using namespace tb::core;

namespace {

// A minimal valid catalog whose pieces the error tests break one at a time.
std::string catalogText(const std::string &modelExtra = {}, const std::string &price = "3.0")
{
    return "{\n"
           "  \"defaultModel\": \"m-2024\",\n"
           "  \"providers\": [\n"
           "    {\"id\": \"p\", \"name\": \"P\", \"minimumExamples\": {\"value\": 10, \"source\": \"guide\", \"date\": \"2024\"}}\n"
           "  ],\n"
           "  \"models\": [\n"
           "    {\"provider\": \"p\", \"id\": \"m-2024\", \"aliases\": [\"m\"], \"methods\": [\"sft\"" + modelExtra + "],\n"
           "     \"encoding\": {\"value\": \"o200k_base\", \"source\": \"s\"},\n"
           "     \"chatOverheads\": {\"perMessage\": 3, \"perName\": 1, \"replyPrimer\": 3, \"source\": \"s\"},\n"
           "     \"trainingLimit\": {\"value\": null, \"source\": \"not documented\"},\n"
           "     \"trainingPrice\": {\"value\": " + price + ", \"source\": \"2nd\", \"date\": \"2026\"}}\n"
           "  ]\n"
           "}\n";
}

} // namespace

class TestModelCatalog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bundled_loads_everyFigureHasASource()
    {
        auto catalog = ModelCatalog::bundled();
        QVERIFY2(catalog, catalog ? "" : catalog.error().message.c_str());
        QVERIFY2(catalog->models().size() >= 10, "the bundled catalog lists the models of provider-apis.md §9");
        for (const auto &model : catalog->models()) {
            QVERIFY2(!model.pricePerMillion.source.empty() && !model.trainingLimit.source.empty(),
                     qPrintable(QString::fromStdString(model.id + " has a figure without a source")));
            QVERIFY2(catalog->provider(model.provider), "every model's provider is listed");
        }
        QVERIFY2(catalog->find(catalog->defaultModelId()), "the default model is in the list");
    }

    void bundled_figures_matchTheReference()
    {
        auto catalog = ModelCatalog::bundled();
        QVERIFY(catalog);
        const auto *mini = catalog->find("gpt-4o-mini");
        QVERIFY2(mini && mini->id == "gpt-4o-mini-2024-07-18", "the undated alias finds the dated snapshot");
        QCOMPARE(*mini->pricePerMillion.value, 3.0);
        QVERIFY2(!mini->pricePerMillion.verified, "a [2nd] price is marked unverified");
        QCOMPARE(catalog->limitOf(*mini).tokens, std::int64_t(65536));
        QVERIFY(!catalog->limitOf(*mini).assumed);
        QVERIFY((mini->encoding) == (Encoding::O200kBase));
        QCOMPARE(mini->overheads.perMessage, 3);
        QCOMPARE(mini->overheads.replyPrimer, 3);

        const auto *turbo = catalog->find("gpt-3.5-turbo-0125");
        QVERIFY(turbo);
        QVERIFY((turbo->encoding) == (Encoding::Cl100kBase));
        QCOMPARE(catalog->limitOf(*turbo).tokens, std::int64_t(16385));

        const auto *nano = catalog->find("gpt-4.1-nano-2025-04-14");
        QVERIFY(nano);
        const auto limit = catalog->limitOf(*nano);
        QVERIFY2(limit.assumed && limit.tokens == 65536 && !limit.warning.empty(),
                 "an undocumented limit is assumed to be 65,536 with a warning");
        QVERIFY2(!nano->supports(TrainingMethod::Dpo), "gpt-4.1-nano is SFT only");

        const auto *old = catalog->find("gpt-3.5-turbo-0613");
        QVERIFY2(old && !old->pricePerMillion.known(), "a price the reference does not give stays unknown, not 0");
        QCOMPARE(*catalog->minimumExamples(*mini), std::uint64_t(10));
        const auto *fireworks = catalog->provider("fireworks");
        QVERIFY2(fireworks && *fireworks->minimumExamples.value == 3.0, "Fireworks needs at least 3 examples");
        QVERIFY2(!catalog->provider("together")->minimumExamples.known(), "Together's minimum is not documented");
    }

    void find_fineTunedName_findsItsBase()
    {
        auto catalog = ModelCatalog::bundled();
        QVERIFY(catalog);
        const auto *model = catalog->find("ft:gpt-4o-mini-2024-07-18:acme:support:7p4lURel");
        QVERIFY2(model && model->id == "gpt-4o-mini-2024-07-18", "a fine-tuned model trains like its base");
        QVERIFY(!catalog->find("gpt-9"));
    }

    void epochsFor_cookbookCases_matchTheFormula()
    {
        const EpochHeuristic h;
        QCOMPARE(h.epochsFor(1), 25);     // min(25, 100 // 1)
        QCOMPARE(h.epochsFor(5), 20);     // 5 × 3 < 100 → 100 // 5
        QCOMPARE(h.epochsFor(10), 10);
        QCOMPARE(h.epochsFor(30), 3);     // 90 < 100 → 100 // 30 = 3
        QCOMPARE(h.epochsFor(34), 3);     // 102 ≥ 100 → the target
        QCOMPARE(h.epochsFor(8333), 3);   // 24,999 ≤ 25,000
        QCOMPARE(h.epochsFor(8334), 2);   // 25,002 > 25,000 → 25000 // 8334 = 2
        QCOMPARE(h.epochsFor(10000), 2);
        QCOMPARE(h.epochsFor(30000), 1);  // max(1, 0)
    }

    void fromJson_valid_readsAliasAndNullLimit()
    {
        auto catalog = ModelCatalog::fromJson(catalogText(), "test.json");
        QVERIFY2(catalog, catalog ? "" : catalog.error().message.c_str());
        QVERIFY(catalog->find("m"));
        QVERIFY(!catalog->models().front().trainingLimit.known());
    }

    void fromJson_brokenJson_namesTheLine()
    {
        std::string text = catalogText();
        text.insert(text.find("\"models\""), "oops ");
        auto catalog = ModelCatalog::fromJson(text, "test.json");
        QVERIFY(!catalog);
        QVERIFY2(catalog.error().message.rfind("test.json:6:", 0) == 0,
                 qPrintable(QString::fromStdString("the error names line 6: " + catalog.error().message)));
    }

    void fromJson_badField_namesTheLineAndField()
    {
        auto method = ModelCatalog::fromJson(catalogText(", \"pretraining\""), "c.json");
        QVERIFY(!method);
        QVERIFY2(method.error().message.find("c.json:7:") == 0 && method.error().message.find("methods") != std::string::npos,
                 qPrintable(QString::fromStdString(method.error().message)));
        auto price = ModelCatalog::fromJson(catalogText({}, "\"cheap\""), "c.json");
        QVERIFY(!price);
        QVERIFY2(price.error().message.find("trainingPrice.value") != std::string::npos,
                 qPrintable(QString::fromStdString(price.error().message)));
        auto missingSource = ModelCatalog::fromJson(
            [] {
                std::string text = catalogText();
                text.replace(text.find("\"source\": \"2nd\""), 15, "\"src\": \"x\"");
                return text;
            }(),
            "c.json");
        QVERIFY(!missingSource);
        QVERIFY2(missingSource.error().message.find("source") != std::string::npos, "a figure without a source is refused");
    }

    void fromFile_missing_saysWhich()
    {
        auto catalog = ModelCatalog::fromFile("/nonexistent/models.json");
        QVERIFY(!catalog);
        QVERIFY(catalog.error().message.find("/nonexistent/models.json") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"
