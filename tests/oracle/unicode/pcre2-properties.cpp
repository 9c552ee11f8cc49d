#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <cstdio>
#include <string>
void enc(std::string&o,unsigned c){ if(c<0x80)o+=char(c); else if(c<0x800){o+=char(0xC0|(c>>6));o+=char(0x80|(c&63));} else if(c<0x10000){o+=char(0xE0|(c>>12));o+=char(0x80|((c>>6)&63));o+=char(0x80|(c&63));} else {o+=char(0xF0|(c>>18));o+=char(0x80|((c>>12)&63));o+=char(0x80|((c>>6)&63));o+=char(0x80|(c&63));}}
int main(){ const char* props[]={"L","N","M","Lu","Ll","Lt","Lm","Lo"}; printf("{");
 for(int p=0;p<8;p++){ std::string pat=std::string("^\\p{")+props[p]+"}$"; int e; PCRE2_SIZE off;
  auto code=pcre2_compile((PCRE2_SPTR)pat.c_str(),PCRE2_ZERO_TERMINATED,PCRE2_UTF|PCRE2_UCP,&e,&off,nullptr); pcre2_jit_compile(code,PCRE2_JIT_COMPLETE);
  auto md=pcre2_match_data_create_from_pattern(code,nullptr); printf("%s\"%s\":[",p?",":"",props[p]); bool first=true;
  for(unsigned c=0;c<=0x10FFFF;c++){ if(c>=0xD800&&c<=0xDFFF)continue; std::string s; enc(s,c); if(pcre2_match(code,(PCRE2_SPTR)s.data(),s.size(),0,0,md,nullptr)>0){printf("%s%u",first?"":",",c);first=false;} }
  printf("]"); } printf("}\n"); }
