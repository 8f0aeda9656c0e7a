@echo off
rem bangtin: runs bangtin.jar, the jar beside this script, with the JVM settings a site build
rem wants (the shell script "bangtin" beside this one says why).
rem   JAVA_HOME     the Java (17 or newer) to run; else the java on the PATH
rem   BANGTIN_OPTS  more JVM options, given after ours so that they win (-Xmx2g, -XX:+UseG1GC)
setlocal
rem Labels, not blocks: a JAVA_HOME such as "C:\Program Files (x86)\..." would end a block early.
if defined JAVA_HOME goto javaHome
where java >nul 2>nul || goto noJava
set "JAVA=java"
goto haveJava
:javaHome
if not exist "%JAVA_HOME%\bin\java.exe" goto noJavaHome
set "JAVA=%JAVA_HOME%\bin\java.exe"
:haveJava

rem The JVM refuses two collectors: ours only when BANGTIN_OPTS names none.
set "COLLECTOR=-XX:+UseSerialGC"
echo.%BANGTIN_OPTS% | findstr /r /c:"-XX:+Use[A-Za-z]*GC" >nul && set "COLLECTOR="
rem The preview keeps the JVM's default collector, G1, for its short pauses, with a heap that it
rem keeps small and gives back while the preview waits for edits.
set "MEMORY="
if /i "%~1"=="serve" set "COLLECTOR="
if /i "%~1"=="serve" set "MEMORY=-XX:GCTimeRatio=4 -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:G1PeriodicGCInterval=30000"
"%JAVA%" %COLLECTOR% %MEMORY% -XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=12000 -XX:Tier4CompileThreshold=300000 -XX:Tier4BackEdgeThreshold=800000 %BANGTIN_OPTS% -jar "%~dp0bangtin.jar" %*
exit /b %ERRORLEVEL%

:noJava
echo bangtin: no java on the PATH; install Java 17 or newer, or set JAVA_HOME to one 1>&2
exit /b 2
:noJavaHome
echo bangtin: JAVA_HOME is %JAVA_HOME%, which has no bin\java.exe; set it to a Java 17 or newer 1>&2
exit /b 2
