<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CliOptions</name>
    <message>
        <source>sotto: no command given. Run 'sotto --help' for the list.</source>
        <translation>sotto : aucune commande indiquée. 'sotto --help' en donne la liste.</translation>
    </message>
    <message>
        <source>sotto: unknown command '%1'. Run 'sotto --help' for the list.</source>
        <translation>sotto : commande inconnue '%1'. 'sotto --help' en donne la liste.</translation>
    </message>
    <message>
        <source>Use the profile folder &lt;dir&gt; (default: $SOTTO_PROFILE, else the application data folder).</source>
        <translation>Utiliser le dossier de profil &lt;dir&gt; (par défaut : $SOTTO_PROFILE, sinon le dossier de données de l'application).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Sotto, a private desktop AI assistant.

Without a command, Sotto opens its window.</source>
        <translation>Sotto, un assistant IA de bureau privé.

Sans commande, Sotto ouvre sa fenêtre.</translation>
    </message>
</context>
<context>
    <name>sotto::Profile</name>
    <message>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossible de créer le dossier de profil %1.</translation>
    </message>
    <message>
        <source>The profile folder %1 cannot be written.</source>
        <translation>Le dossier de profil %1 n'est pas accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>sotto::ui::MainWindow</name>
    <message>
        <source>Sotto</source>
        <translation>Sotto</translation>
    </message>
    <message>
        <source>Private by design</source>
        <translation>Privé par conception</translation>
    </message>
    <message>
        <source>Your conversations will appear here. Nothing leaves this computer until you choose a model provider, and every request is recorded so you can see exactly what was sent.</source>
        <translation>Vos conversations apparaîtront ici. Rien ne quitte cet ordinateur tant que vous n'avez pas choisi de fournisseur de modèles, et chaque requête est consignée pour que vous voyiez exactement ce qui a été envoyé.</translation>
    </message>
    <message>
        <source>No data has left this computer.</source>
        <translation>Aucune donnée n'a quitté cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Sotto</source>
        <translation>À &amp;propos de Sotto</translation>
    </message>
    <message>
        <source>About Sotto</source>
        <translation>À propos de Sotto</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;A private desktop AI assistant. Your conversations stay in an encrypted vault on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sotto %1&lt;/h3&gt;&lt;p&gt;Un assistant IA de bureau privé. Vos conversations restent dans un coffre chiffré sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
