#!/usr/bin/env bash
# Resolves into TARGET/runtime/repository everything a pulled spring-boot project needs to run `./mvnw test` and
# `./mvnw spring-boot:run` from an empty local repository: Spring Boot's parent and starters, Maven's plugins and their
# dependencies. It does so by running those very goals on a stand-in project with that folder as its local repository.
# Skipped when the repository was resolved from the same project template and Spring Boot version.
#
# Usage: resolve.sh MODULE_DIR TARGET_DIR OUTER_LOCAL_REPOSITORY OFFLINE(true|false) \
#                   "SPRING_BOOT_VERSION RESOURCES_PLUGIN_VERSION COMPILER_PLUGIN_VERSION SUREFIRE_PLUGIN_VERSION" MVNW
set -euo pipefail
module="$1" target="$2" outer="$3" offline="$4" versions="$5" mvnw="$6"
read -r version resources compiler surefire <<< "$versions"
repository="$target/runtime/repository"
project="$target/offline-project"
stamp="$repository/.resolved"
wanted="$versions $(cat "$module/src/main/project/pom.xml.txt" "$module/src/offline/settings.xml" "$0" | sha256sum | cut -c1-16)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$wanted" ]; then
  exit 0
fi
rm -rf "$repository" "$project"
mkdir -p "$project"
cp -r "$module/src/offline/src" "$project/"
sed -e "s/{{spring-boot.version}}/$version/g" -e "s/{{resources.version}}/$resources/" \
    -e "s/{{compiler.version}}/$compiler/" -e "s/{{surefire.version}}/$surefire/" -e 's/{{id}}/offline/' -e 's/{{title}}/offline/' \
    -e 's/{{repository}}/no-repository/' -e 's/{{main-class}}/offline.OfflineApplication/' \
    -e 's/{{dependencies}}//' -e 's/{{arguments}}/            <argument>--resolved=yes<\/argument>\n/' \
    "$module/src/main/project/pom.xml.txt" > "$project/pom.xml"
flags=()
if [ "$offline" = true ]; then
  flags+=(-Daether.offline.protocols=file)
fi
"$mvnw" -B -q -f "$project/pom.xml" -s "$module/src/offline/settings.xml" "${flags[@]}" \
  -Dmaven.repo.local="$repository" -Dfixpoint.outer.repository="$outer" -Dfixpoint.offline="$offline" \
  test spring-boot:run
# Markers of where each file came from and of failed lookups mean nothing once the folder is a repository of its own.
find "$repository" \( -name '_remote.repositories' -o -name '*.lastUpdated' -o -name 'resolver-status.properties' \) -delete
# A local repository keeps no checksums, and Maven warns of every file it reads from a repository without them.
find "$repository" -type f \( -name '*.jar' -o -name '*.pom' \) | while read -r file; do
  sha1sum "$file" | cut -d' ' -f1 | tr -d '\n' > "$file.sha1"
done
echo "$wanted" > "$stamp"
