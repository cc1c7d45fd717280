#include "core/domain/Clock.h"
#include "core/store/AuditLog.h"
#include "core/store/CaseStore.h"
#include "core/store/SqliteDatabase.h"
#include "core/store/UserRepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace jiuzhu;

class TestUserRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsAndAuthenticates();
    void rejectsBadUsers_data();
    void rejectsBadUsers();
    void wrongPasswordsLockWithGrowingBackoff();
    void unknownLoginAndWrongPasswordLookAlike();
    void changeAndResetPassword();
    void inactiveUserCannotLogIn();
    void passwordNeverStoredInClear();

private:
    qint64 createClerk(const QString& login = QStringLiteral("wangfang"));

    FixedClock m_clock {QDateTime(QDate(2026, 11, 22), QTime(8, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_directory;
    std::unique_ptr<CaseStore> m_store;
};

void TestUserRepository::init()
{
    m_directory = std::make_unique<QTemporaryDir>();
    auto store = CaseStore::open(m_directory->path(), m_clock);
    QVERIFY(store.has_value());
    m_store = std::move(*store);
    LoginRules cheap;
    cheap.hashOperations = 1; // Argon2id's minimum: tests need not wait for a real hash
    cheap.hashMemoryBytes = 8 * 1024;
    m_store->setLoginRules(cheap);
}

void TestUserRepository::cleanup()
{
    m_store.reset();
    m_directory.reset();
}

qint64 TestUserRepository::createClerk(const QString& login)
{
    auto id = m_store->users().create(
        NewUser {login, QStringLiteral("王芳"), {QStringLiteral("clerk")}, QStringLiteral("correct horse")},
        QStringLiteral("admin"));
    return id.value_or(0);
}

void TestUserRepository::createsAndAuthenticates()
{
    const qint64 id = createClerk();
    QVERIFY(id > 0);
    auto user = m_store->users().authenticate(QStringLiteral("WangFang "), QStringLiteral("correct horse"));
    QVERIFY2(user.has_value(), qPrintable(user ? QString() : user.error().message));
    QCOMPARE(user->id, id);
    QCOMPARE(user->displayName, QStringLiteral("王芳"));
    QCOMPARE(user->roleKeys, QStringList {QStringLiteral("clerk")});
    QVERIFY(m_store->audit().verify().has_value());
}

void TestUserRepository::rejectsBadUsers_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("field");
    QTest::newRow("short password") << "lifang"
                                    << "李芳"
                                    << "clerk"
                                    << "short"
                                    << "Password";
    QTest::newRow("login with space") << "li fang"
                                      << "李芳"
                                      << "clerk"
                                      << "long enough"
                                      << "Login name";
    QTest::newRow("login starting with digit") << "1lifang"
                                               << "李芳"
                                               << "clerk"
                                               << "long enough"
                                               << "Login name";
    QTest::newRow("sql in login") << "x'--"
                                  << "李芳"
                                  << "clerk"
                                  << "long enough"
                                  << "Login name";
    QTest::newRow("unknown role") << "lifang"
                                  << "李芳"
                                  << "boss"
                                  << "long enough"
                                  << "Roles";
    QTest::newRow("empty name") << "lifang"
                                << "  "
                                << "clerk"
                                << "long enough"
                                << "Name";
}

void TestUserRepository::rejectsBadUsers()
{
    QFETCH(QString, login);
    QFETCH(QString, name);
    QFETCH(QString, role);
    QFETCH(QString, password);
    QFETCH(QString, field);
    auto id = m_store->users().create(NewUser {login, name, {role}, password}, QStringLiteral("admin"));
    QVERIFY(!id.has_value());
    QCOMPARE(id.error().code, ErrorCode::InvalidInput);
    QCOMPARE(id.error().field, field);
    QVERIFY(m_store->users().list()->isEmpty());
}

void TestUserRepository::wrongPasswordsLockWithGrowingBackoff()
{
    createClerk();
    for (int attempt = 1; attempt <= 5; ++attempt)
        QVERIFY(!m_store->users().authenticate(
            QStringLiteral("wangfang"), QStringLiteral("guess %1").arg(attempt)));
    // Locked now: even the right password fails.
    auto locked = m_store->users().authenticate(QStringLiteral("wangfang"), QStringLiteral("correct horse"));
    QVERIFY(!locked.has_value());
    QVERIFY(locked.error().message.contains(QStringLiteral("locked")));
    QCOMPARE(m_store->users().byLogin(QStringLiteral("wangfang"))->lockedUntil, m_clock.now().addSecs(60));

    m_clock.advanceSeconds(61);
    QVERIFY(!m_store->users().authenticate(QStringLiteral("wangfang"), QStringLiteral("guess 6")));
    QCOMPARE(m_store->users().byLogin(QStringLiteral("wangfang"))->lockedUntil, m_clock.now().addSecs(120));
    m_clock.advanceSeconds(121);
    QVERIFY(m_store->users()
                .authenticate(QStringLiteral("wangfang"), QStringLiteral("correct horse"))
                .has_value());
    QCOMPARE(m_store->users().byLogin(QStringLiteral("wangfang"))->failedLogins, 0);
}

void TestUserRepository::unknownLoginAndWrongPasswordLookAlike()
{
    createClerk();
    auto unknown = m_store->users().authenticate(QStringLiteral("nobody"), QStringLiteral("correct horse"));
    auto wrong = m_store->users().authenticate(QStringLiteral("wangfang"), QStringLiteral("wrong password"));
    QVERIFY(!unknown && !wrong);
    QCOMPARE(unknown.error().message, wrong.error().message);
}

void TestUserRepository::changeAndResetPassword()
{
    const qint64 id = createClerk();
    QVERIFY(!m_store->users().changePassword(id, QStringLiteral("not it"), QStringLiteral("new secret 1")));
    QVERIFY(!m_store->users().changePassword(id, QStringLiteral("correct horse"), QStringLiteral("short")));
    QVERIFY(
        m_store->users().changePassword(id, QStringLiteral("correct horse"), QStringLiteral("new secret 1")));
    QVERIFY(!m_store->users().authenticate(QStringLiteral("wangfang"), QStringLiteral("correct horse")));
    QVERIFY(m_store->users().authenticate(QStringLiteral("wangfang"), QStringLiteral("new secret 1")));
    QVERIFY(m_store->users().resetPassword(id, QStringLiteral("admin given 2"), QStringLiteral("admin")));
    QVERIFY(m_store->users().authenticate(QStringLiteral("wangfang"), QStringLiteral("admin given 2")));
}

void TestUserRepository::inactiveUserCannotLogIn()
{
    const qint64 id = createClerk();
    QVERIFY(m_store->users().setActive(id, false, QStringLiteral("admin")));
    QVERIFY(!m_store->users().authenticate(QStringLiteral("wangfang"), QStringLiteral("correct horse")));
    QVERIFY(m_store->users().setRoles(
        id, {QStringLiteral("clerk"), QStringLiteral("confirmer")}, QStringLiteral("admin")));
    QVERIFY(!m_store->users().setRoles(id, {QStringLiteral("king")}, QStringLiteral("admin")));
    QCOMPARE(m_store->users().byId(id)->roleKeys.size(), 2);
}

void TestUserRepository::passwordNeverStoredInClear()
{
    createClerk();
    m_store.reset();
    QByteArray everything;
    for (const QString& name : {QStringLiteral("jiuzhu.db"), QStringLiteral("jiuzhu.db-wal")}) {
        QFile file(m_directory->filePath(name));
        if (file.open(QIODevice::ReadOnly))
            everything += file.readAll();
    }
    QVERIFY(!everything.isEmpty());
    QVERIFY(!everything.contains("correct horse"));
    QVERIFY(everything.contains("$argon2id$"));
}

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
