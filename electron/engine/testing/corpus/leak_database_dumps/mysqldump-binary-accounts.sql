-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: portal
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!50503 SET NAMES utf8mb4 */;
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
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `accounts` (
  `id` binary(16) NOT NULL,
  `email` varchar(191) NOT NULL,
  `display_name` varchar(100) DEFAULT NULL,
  `password_sha1` binary(20) NOT NULL,
  `last_ip` varbinary(16) DEFAULT NULL,
  `note` text,
  PRIMARY KEY (`id`),
  UNIQUE KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

--
-- Dumping data for table `accounts`
--

LOCK TABLES `accounts` WRITE;
/*!40000 ALTER TABLE `accounts` DISABLE KEYS */;
INSERT INTO `accounts` VALUES (_binary '\0\'\"\\\n\rA\ZÄ\'),(\'\\\0','zoe.martin1@example.com','Zo√© Martin üîê',_binary 'ùC÷VìË¯ﬂˇä‡ë7(ÃO∑',_binary ' \r∏\0\0\0\0\0\0\0\0\0\0\0','it\'s \"quoted\" \\ path\nsecond line\r\Zend'),(_binary '?õ.çJLnõZ}.åK','lucas.bernard2@example.com','Lucas Bernard',_binary 'n8©fàÅÏâ\nÙßú÷Å\ry≥ˇ~',_binary '¿\0\n',NULL),(_binary '†±¬”‰ıJkå}û\Z+<M','chloe.petit3@example.com','Chlo√© Petit †Æ∑',_binary '>f√º°ñDÜ°◊á‡ˇƒ#^EÂ”7',_binary ' \r∏\0\0\0\0\0\0\0\0\0\0\n','rappel ),( demain'),(_binary '^ozãú\rN¢≥ƒ’Ê˜®π','hugo.durand4@example.com',NULL,_binary '‚sÌ¡PïúÃ}©G/¥Vp[',_binary '∆3d','‚Äî'),(_binary '¿ˇÓ\04JºçÔ\0\0\0\0\0','lea.leroy5@example.com','L√©a Leroy',_binary '≈Âd4ßâ’≈DñaCÑé˝@¶R',NULL,'emoji üòÄ et accents √†√©√Æ√µ√º');
INSERT INTO `accounts` VALUES (_binary 'ABCDEFGHIJKLMNOP','nathan.moreau6@example.com','Nathan Moreau',_binary '≤©/t“V*ƒ!˝—´N*',_binary 'À\0q»',NULL),(_binary 'ﬁ≠æÔ\0\0@\0Ä\0\0\0\0\0†','manon.simon7@example.com','Manon Simon',_binary '≤ÎÇıæÑ⁄0s&T,:	HgSÈ',_binary ' \r∏ˇˇ\0\0\0\0\0\0\0\0\0','tab	here'),(_binary '\n\r\Z\'\"),(\'\\\0ˇÓ\0\0','louis.laurent8@example.com','Louis Laurent',_binary '≤øÓí\\¨Òµœx—4{É]º(',_binary '¿\0ˇ','fin');
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

-- Dump completed on 2026-11-30 14:02:11
