#include <QtTest>
class TestStoreSnapshots final : public QObject {
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestStoreSnapshots)
#include "tst_storesnapshots.moc"
