-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)
--
-- Host: localhost    Database: portal
-- ------------------------------------------------------
-- Server version	10.11.6-MariaDB-0+deb12u1

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;

--
-- Table structure for table `accounts`
--

DROP TABLE IF EXISTS `accounts`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8 */;
CREATE TABLE `accounts` (
  `id` binary(16) NOT NULL,
  `email` varchar(191) NOT NULL,
  `display_name` varchar(100) DEFAULT NULL,
  `password_sha1` binary(20) NOT NULL,
  `last_ip` varbinary(16) DEFAULT NULL,
  `note` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `accounts`
--

LOCK TABLES `accounts` WRITE;
/*!40000 ALTER TABLE `accounts` DISABLE KEYS */;
INSERT INTO `accounts` VALUES
('\0\'\"\\\n\rA\ZÄ\'),(\'\\\0','zoe.martin1@example.com','Zo√© Martin üîê','ùC÷VìË¯ﬂˇä‡ë7(ÃO∑',' \r∏\0\0\0\0\0\0\0\0\0\0\0','it\'s \"quoted\" \\ path\nsecond line\r\Zend'),
('?õ.çJLnõZ}.åK','lucas.bernard2@example.com','Lucas Bernard','n8©fàÅÏâ\nÙßú÷Å\ry≥ˇ~','¿\0\n',NULL),
('†±¬”‰ıJkå}û\Z+<M','chloe.petit3@example.com','Chlo√© Petit †Æ∑','>f√º°ñDÜ°◊á‡ˇƒ#^EÂ”7',' \r∏\0\0\0\0\0\0\0\0\0\0\n','rappel ),( demain'),
('^ozãú\rN¢≥ƒ’Ê˜®π','hugo.durand4@example.com',NULL,'‚sÌ¡PïúÃ}©G/¥Vp[','∆3d','‚Äî'),
('¿ˇÓ\04JºçÔ\0\0\0\0\0','lea.leroy5@example.com','L√©a Leroy','≈Âd4ßâ’≈DñaCÑé˝@¶R',NULL,'emoji üòÄ et accents √†√©√Æ√µ√º'),
('ABCDEFGHIJKLMNOP','nathan.moreau6@example.com','Nathan Moreau','≤©/t“V*ƒ!˝—´N*','À\0q»',NULL),
('ﬁ≠æÔ\0\0@\0Ä\0\0\0\0\0†','manon.simon7@example.com','Manon Simon','≤ÎÇıæÑ⁄0s&T,:	HgSÈ',' \r∏ˇˇ\0\0\0\0\0\0\0\0\0','tab	here'),
('\n\r\Z\'\"),(\'\\\0ˇÓ\0\0','louis.laurent8@example.com','Louis Laurent','≤øÓí\\¨Òµœx—4{É]º(','¿\0ˇ','fin');
/*!40000 ALTER TABLE `accounts` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

-- Dump completed on 2026-11-30 14:05:40
